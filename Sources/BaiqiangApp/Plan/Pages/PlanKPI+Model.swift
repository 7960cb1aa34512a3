import BaiqiangCore

/// A KPI's page for those signed in: its facts, history and sources, its milestones, and for
/// its owner the form that records a figure.
enum PlanKPIPage {
    struct Model {
        var snapshot: PlanSnapshot
        var row: KPIRow
        /// The signed-in account may record figures of this KPI.
        var mayWrite: Bool
        /// Why the last figure entered was refused.
        var error: String?
        /// The signed-in account reviews figures and releases them for the public page.
        var mayPublish = false
    }
}
