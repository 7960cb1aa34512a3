/// The yearly count of supervisors' reports (年度汇总) by type, unit concerned and outcome. Built
/// from rows that carry no reporter, so it cannot name one: what leaders see of the reports.
public struct SupervisionSummary: Sendable, Hashable, Codable {
    /// One report as the summary sees it.
    public struct Row: Sendable, Hashable {
        public var typeCode: String
        public var unit: String
        public var status: SupervisionStatus
        public var outcome: SupervisionOutcome?

        public init(typeCode: String, unit: String, status: SupervisionStatus, outcome: SupervisionOutcome?) {
            self.typeCode = typeCode
            self.unit = unit
            self.status = status
            self.outcome = outcome
        }
    }

    public struct Count: Sendable, Hashable, Codable {
        public var key: String
        public var count: Int
    }

    public var year: Int
    public var total: Int
    public var byType: [Count]
    public var byUnit: [Count]
    /// Concluded reports by outcome; `open` counts the reports not concluded yet.
    public var byOutcome: [Count]
    public var open: Int

    public init(year: Int, rows: [Row], types: SupervisionReportTypes) {
        self.year = year
        total = rows.count
        func counts(_ keys: [String], order: [String]) -> [Count] {
            let grouped = Dictionary(grouping: keys, by: { $0 }).mapValues(\.count)
            let known = order.filter { grouped[$0] != nil }
            let rest = grouped.keys.filter { !order.contains($0) }.sorted()
            return (known + rest).map { Count(key: $0, count: grouped[$0]!) }
        }
        byType = counts(rows.map(\.typeCode), order: types.types.map(\.code))
        byUnit = counts(rows.map(\.unit), order: []).sorted { ($0.count, $1.key) > ($1.count, $0.key) }
        byOutcome = counts(rows.compactMap { $0.outcome?.rawValue }, order: SupervisionOutcome.allCases.map(\.rawValue))
        open = rows.filter { $0.status != .concluded }.count
    }
}
