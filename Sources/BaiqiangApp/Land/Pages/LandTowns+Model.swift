import BaiqiangCore

/// The towns' ranking (镇街处置进度): each town by name with its parcels, their area, the
/// low-efficiency area and the hectares disposed within the plan's window, sortable, with a
/// CSV export.
enum LandTownsPage {
    /// The columns the table sorts by; `rank` (completed hectares, most first) by default.
    enum SortKey: String, CaseIterable {
        case rank, town, parcels, area, low, completed, inProgress = "in_progress", share

        func ordered(_ a: TownDisposalRanking.Row, _ b: TownDisposalRanking.Row, names: [String: String]) -> Bool {
            switch self {
            case .rank: a.rank < b.rank
            case .town: (names[a.townCode ?? ""] ?? "") < (names[b.townCode ?? ""] ?? "")
            case .parcels: a.parcelCount > b.parcelCount
            case .area: a.areaHectares > b.areaHectares
            case .low: a.lowEfficiencyHectares > b.lowEfficiencyHectares
            case .completed: a.completedHectares > b.completedHectares
            case .inProgress: a.inProgressHectares > b.inProgressHectares
            case .share: (a.disposedShare ?? -1) > (b.disposedShare ?? -1)
            }
        }
    }

    struct Model {
        var rows: [TownDisposalRanking.Row]
        /// Town names by code, in the page's language.
        var names: [String: String]
        var window: ClosedRange<LocalDate>?
        var sort: SortKey
        var hasDemo: Bool

        var countyCompletedHectares: Double { TownDisposalRanking.countyCompletedHectares(rows) }
    }

    /// The town's name, or the catalogue's word for parcels in no town.
    static func name(_ row: TownDisposalRanking.Row, _ names: [String: String], noTown: String) -> String {
        guard let code = row.townCode else { return noTown }
        return names[code] ?? code
    }

    static func share(_ value: Double?) -> String {
        value.map { NumberText.number($0 * 100) + "%" } ?? "—"
    }
}
