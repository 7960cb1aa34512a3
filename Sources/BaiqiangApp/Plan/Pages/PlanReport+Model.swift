import BaiqiangCore

/// The printable monthly progress report: one page per area, from the same figures.
enum PlanReportPage {
    struct Model {
        var snapshot: PlanSnapshot
    }
}

extension PlanReportPage.Model {
    /// "2026-06": the month the report is of.
    var month: String { String(snapshot.today.description.prefix(7)) }

    func rows(of area: PlanArea) -> [KPIRow] {
        snapshot.kpiRows.filter { $0.area.code == area.code }
    }
}
