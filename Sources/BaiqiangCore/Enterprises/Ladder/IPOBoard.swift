/// The IPO pipeline board (上市梯队看板): one column per stage, 辅导备案 → 申报 → 上市, plus the
/// firms named as on the way to listing whose stage is not recorded yet.
public struct IPOBoard: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var creditCode: String
        public var name: String
        /// The year the firm entered the column.
        public var since: Int?
        /// Only in the listed column.
        public var ticker: String?
    }

    public struct Column: Sendable, Hashable {
        public var stage: ListingStage
        public var entries: [Entry]
    }

    /// Tutoring, applied, listed — always all three, in that order.
    public var columns: [Column]
    /// In the pipeline with no stage recorded (e.g. named by the plan only).
    public var unstaged: [Entry]

    /// The board of `firms` (those without a listing status are left out). Within a column the
    /// longest-standing come first, then by credit code.
    public init(firms: some Sequence<LadderFirm>) {
        var byStage: [ListingStage: [Entry]] = [:]
        var unstaged: [Entry] = []
        for firm in firms {
            guard let status = firm.listing else { continue }
            let entry = Entry(creditCode: firm.creditCode, name: firm.name, since: status.since, ticker: status.ticker)
            if let stage = status.stage { byStage[stage, default: []].append(entry) } else { unstaged.append(entry) }
        }
        let order: (Entry, Entry) -> Bool = {
            ($0.since ?? Int.max, $0.creditCode) < ($1.since ?? Int.max, $1.creditCode)
        }
        columns = ListingStage.allCases.map { Column(stage: $0, entries: (byStage[$0] ?? []).sorted(by: order)) }
        self.unstaged = unstaged.sorted(by: order)
    }

    public func column(_ stage: ListingStage) -> Column {
        columns.first { $0.stage == stage }!
    }
}
