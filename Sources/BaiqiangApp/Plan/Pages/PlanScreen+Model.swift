import BaiqiangCore

/// The big screen (大屏): a 1920×1080 dark page filled with the light counts, every target's card,
/// the milestones on a timeline, the trends of the targets with a history, and the demands' three
/// rates.
enum PlanScreenPage {
    struct Model {
        var snapshot: PlanSnapshot
        var rates: [Rate] = []
        /// The page of target cards asked for, from 1; out of range reads as the nearest page.
        var page: Int = 1
    }

    /// One of the demands' three rates (三率), this month so far, read from the capability that
    /// measures it; nil when it has nothing to count.
    struct Rate: Sendable {
        var key: String
        var percent: Double?
    }

    /// Rows of the milestone timeline and of the trends that fit under the three rates on a
    /// 1920×1080 screen, each on one line (see screen.css), with the "另有 M 项" line below.
    static let timelineRows = 6
    static let trendRows = 3

    /// Target cards on one screen (two columns, two rows); a plan with more turns the page every
    /// `secondsPerPage` seconds and comes back to the first, so every target is seen in turn.
    static let cardsPerPage = 4
    static let secondsPerPage = 20
    /// A single page still reloads, for fresh figures.
    static let secondsPerRefresh = 300

    /// The providers of the three rates, by key, and the catalogue key of each one's name.
    static let rateProviders: [(provider: String, key: String)] = [
        ("demands.response_rate", "screen.rate_response"),
        ("demands.resolution_rate", "screen.rate_resolution"),
        ("demands.satisfaction_rate", "screen.rate_satisfaction"),
    ]
}

extension PlanScreenPage.Model {
    /// What the rendered page depends on besides the snapshot: the language, the page shown and
    /// the rates (`PlanDrawnParts.document`).
    func drawnKey(_ language: BaiqiangCore.Language) -> String {
        "screen|\(language.rawValue)|\(currentPage)|" + rates.map { "\($0.key)=\($0.percent.map { String($0) } ?? "-")" }.joined(separator: ",")
    }

    /// The targets shown; monitoring indicators have no light and stay off the screen.
    var rows: [KPIRow] { snapshot.kpiRows.filter { !$0.isMonitoring } }

    var pageCount: Int { max(1, (rows.count + PlanScreenPage.cardsPerPage - 1) / PlanScreenPage.cardsPerPage) }

    /// The page shown, held within 1…pageCount.
    var currentPage: Int { min(max(page, 1), pageCount) }

    /// The target cards of the page shown.
    var rowsShown: [KPIRow] { Array(rows.dropFirst((currentPage - 1) * PlanScreenPage.cardsPerPage).prefix(PlanScreenPage.cardsPerPage)) }

    /// The page the screen turns to next: the following one, or the first after the last.
    var nextPage: Int { currentPage % pageCount + 1 }

    /// The milestones in the order of their planned dates.
    var timeline: [PlanMilestone] { snapshot.document.allMilestones.sorted { $0.planned < $1.planned } }

    /// The milestones the screen has room for: the next ones still open (the earliest not done,
    /// overdue ones first, and those after it), or the last ones when all are done; `more`
    /// counts the rest, so a long plan never pushes the trends off the screen.
    var timelineShown: (milestones: [PlanMilestone], more: Int) {
        let all = timeline
        guard all.count > PlanScreenPage.timelineRows else { return (all, 0) }
        let firstOpen = all.firstIndex { $0.actual.map { $0 > snapshot.today } ?? true } ?? all.count
        let start = min(firstOpen, all.count - PlanScreenPage.timelineRows)
        return (Array(all[start..<start + PlanScreenPage.timelineRows]), all.count - PlanScreenPage.timelineRows)
    }

    /// The targets with at least two figures known by today, each with its values in date order.
    var trends: [(row: KPIRow, values: [Double])] {
        rows.compactMap { row in
            let values = row.kpi.currentObservations.filter { $0.date <= snapshot.today }.sorted { $0.date < $1.date }.map(\.value)
            return values.count >= 2 ? (row, values) : nil
        }
    }

    /// The trends the screen has room for, in plan order, and how many more there are.
    var trendsShown: (trends: [(row: KPIRow, values: [Double])], more: Int) {
        let all = trends
        return (Array(all.prefix(PlanScreenPage.trendRows)), max(all.count - PlanScreenPage.trendRows, 0))
    }
}
