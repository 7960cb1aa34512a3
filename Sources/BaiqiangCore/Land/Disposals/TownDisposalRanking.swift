/// The towns' progress in disposing of low-efficiency land (镇街处置进度排名): per town its
/// parcels, their area, the area on which a low-efficiency rule fires, the hectares completed in
/// the plan's window and those in progress, and the share of its low-efficiency area disposed.
/// The county total of completed hectares is the plan's `land.low_efficiency_disposed_ha`.
public enum TownDisposalRanking {
    /// What is known of one town (or of the parcels in no town, with `townCode` nil).
    public struct Input: Sendable {
        public var townCode: String?
        public var parcelCount: Int
        public var area: LandArea
        /// The area of its parcels on which at least one low-efficiency rule fires.
        public var lowEfficiencyArea: LandArea
        public var disposals: [Disposal]

        public init(townCode: String?, parcelCount: Int, area: LandArea, lowEfficiencyArea: LandArea, disposals: [Disposal]) {
            self.townCode = townCode
            self.parcelCount = parcelCount
            self.area = area
            self.lowEfficiencyArea = lowEfficiencyArea
            self.disposals = disposals
        }
    }

    public struct Row: Sendable, Hashable {
        public var rank: Int
        public var townCode: String?
        public var parcelCount: Int
        public var areaHectares: Double
        public var lowEfficiencyHectares: Double
        public var completedHectares: Double
        public var inProgressHectares: Double
        /// Completed over low-efficiency area; nil when the town has no low-efficiency land.
        public var disposedShare: Double?
    }

    /// The days the plan counts completions in: from the KPI's baseline to `asOf`; nil when
    /// the baseline is still ahead.
    public static func window(baseline: LocalDate?, asOf: LocalDate) -> ClosedRange<LocalDate>? {
        let start = baseline ?? LocalDate(year: 1, month: 1, day: 1)!
        return start <= asOf ? start...asOf : nil
    }

    /// The towns ranked by hectares completed in `window`, most first; ties by town code, the
    /// parcels in no town last.
    public static func rank(_ inputs: [Input], window: ClosedRange<LocalDate>?) -> [Row] {
        let rows = inputs.map { input -> Row in
            let completed = window.map { DisposalCheck.completedHectares(input.disposals, in: $0) } ?? 0
            let inProgress = input.disposals.filter { $0.status == .inProgress }.reduce(0) { $0 + $1.area.hectares }
            let low = input.lowEfficiencyArea.hectares
            return Row(rank: 0, townCode: input.townCode, parcelCount: input.parcelCount, areaHectares: input.area.hectares,
                       lowEfficiencyHectares: low, completedHectares: completed, inProgressHectares: inProgress,
                       disposedShare: low > 0 ? completed / low : nil)
        }
        let sorted = rows.sorted { a, b in
            if a.completedHectares != b.completedHectares { return a.completedHectares > b.completedHectares }
            if (a.townCode == nil) != (b.townCode == nil) { return b.townCode == nil }
            return (a.townCode ?? "") < (b.townCode ?? "")
        }
        return sorted.enumerated().map { index, row in
            var ranked = row
            ranked.rank = index + 1
            return ranked
        }
    }

    /// The county's hectares completed in the window: what the plan's figure says.
    public static func countyCompletedHectares(_ rows: [Row]) -> Double {
        rows.reduce(0) { $0 + $1.completedHectares }
    }
}
