import BaiqiangCore

/// The leaders' figures (三率): per handling department and per town for a month, with rankings
/// and each rate's formula (from Core, defined once), the overdue count, the average handling
/// time, and twelve months of trends.
enum DemandRatesPage {
    struct Model {
        var month: DemandMonth
        var report: DemandRatesReport
        /// Demands overdue right now, within what the account sees.
        var overdueNow: Int
        /// The unit whose trend is drawn: one department, one town, or (neither) the county.
        var trendDepartment: String?
        var trendTown: String?
        var departments: [Department]
        var towns: [Town]
    }
}
