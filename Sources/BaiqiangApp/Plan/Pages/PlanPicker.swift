import BaiqiangCore
import BaiqiangHTML

/// The plan picker: the county's plans by name and period, the one shown marked, each a link to
/// the same page on that plan.
enum PlanPicker {
    static func picker(_ ui: PlanComponents, base: SiteURL) -> Node {
        let snapshot = ui.snapshot, context = ui.context
        guard snapshot.plans.count > 1 else { return .empty }
        return .nav(.class("tabs plan-picker"), .attribute(named: "aria-label", value: context.t("plan_periods.picker")),
            .forEach(snapshot.plans) { plan in
                .a(.href(base.path + "?plan=" + PlanSnapshot.queryValue(plan.code)),
                   .text(ui.text(plan.title)),
                   .span(.class("muted"), .text(" " + periodText(plan.period))),
                   .if(plan.isCurrent && !ui.isPublic, .span(.class("muted"), .text(" · " + context.t("plan_periods.state.current")))),
                   .if(plan.code == snapshot.document.code, .class("active")))
            })
    }

    /// "2022-12-20 – 2025-12-31".
    static func periodText(_ period: PlanPeriod?) -> String {
        guard let period else { return "—" }
        return "\(period.start) – \(period.end)"
    }
}
