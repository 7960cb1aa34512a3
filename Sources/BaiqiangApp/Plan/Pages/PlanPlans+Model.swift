import BaiqiangCore

/// The county's plans: each with its period and whether it is current, archived or a draft, and
/// published; for administrators, the forms that change that.
enum PlanPlansPage {
    struct Model {
        var plans: [PlanSummary]
        var today: PlanDate
        var mayManage: Bool
        /// Why the last change was refused.
        var error: String?
    }
}

extension PlanPlansPage.Model {
    /// The key of a plan's state: current; archived once its period is over; else a draft.
    func stateKey(_ plan: PlanSummary) -> String {
        if plan.isCurrent { return "plan_periods.state.current" }
        if plan.period?.hasEnded(at: today) == true { return "plan_periods.state.archived" }
        return "plan_periods.state.draft"
    }
}
