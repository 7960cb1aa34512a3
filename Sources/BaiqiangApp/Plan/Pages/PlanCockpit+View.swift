import BaiqiangCore
import BaiqiangHTML

extension PlanCockpitPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot)
        return Layout.page(context, title: context.t("nav.plan"), active: .plan,
            .div(.class("page-head"),
                 .h1(.text(ui.text(snapshot.document.title))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(snapshot.path(.planScreen)), .text(context.t("plan.big_screen"))),
                      .a(.class("button"), .href(snapshot.path(.planReport)), .text(context.t("plan.report"))),
                      .a(.class("button"), .href(snapshot.path(.planExport(format: "yaml"))), .text(context.t("plan.export_yaml"))),
                      .a(.class("button"), .href(snapshot.path(.planExport(format: "csv"))), .text(context.t("plan.export_csv"))),
                      .a(.class("button"), .href(SiteURL.planPlans.path), .text(context.t(model.mayManage ? "plan_periods.manage" : "plan_periods.title"))),
                      .if(model.mayImport,
                          .a(.class("button"), .href(SiteURL.planImport.path), .text(context.t("plan.import")))))),
            PlanPicker.picker(ui, base: .plan),
            .p(.class("muted"), .text(context.t("plan.as_of_today", ["date": snapshot.today.description])),
               .text(" · " + context.t("plan_periods.period_line", ["period": PlanPicker.periodText(snapshot.document.effectivePeriod)]))),
            targets(model, ui),
            .h2(.text(context.t("plan.milestones"))),
            milestones(model, ui),
            .h2(.text(context.t("plan.tree"))),
            snapshot.drawn.part("tree|inside|\(context.language.rawValue)") { ui.tree() }
        )
    }

    /// A running plan's milestones stay drawn per request: who may record a completion, and
    /// their CSRF token, differ by account. An ended plan's review of them is the same for
    /// everyone, so drawn once per snapshot, language and area.
    static func milestones(_ model: Model, _ ui: PlanComponents) -> Node {
        guard let review = model.snapshot.review else { return PlanCockpitParts.milestones(ui, items: model.items) }
        let draw = { PlanReviewParts.milestones(ui, items: model.items, review: review) }
        guard let area = keptArea(model) else { return draw() }
        return model.snapshot.drawn.part("cockpit-review-milestones|\(ui.context.language.rawValue)|\(area)", draw: draw)
    }

    /// The area a kept part is drawn for ("" for the whole plan); nil for an area the plan does
    /// not have, drawn each time rather than kept, so made-up areas cannot fill the snapshot.
    static func keptArea(_ model: Model) -> String? {
        let area = model.showsWholePlan ? "" : model.area ?? ""
        guard area.isEmpty || model.snapshot.document.areas.contains(where: { $0.code == area }) else { return nil }
        return area
    }

    /// The light counts (or the review's verdicts), the area tabs and the target cards: the same
    /// for every account, so drawn once per snapshot, language and area.
    static func targets(_ model: Model, _ ui: PlanComponents) -> Node {
        let snapshot = model.snapshot, context = ui.context
        func draw() -> Node {
            let rows = model.rows
            return .group(
                .unwrap(snapshot.review) { review in
                    .group(PlanReviewParts.notice(ui, review: review),
                           .h2(.text(context.t("plan_periods.review"))),
                           PlanReviewParts.summary(ui, rows: rows, review: review))
                },
                .if(snapshot.review == nil, PlanCockpitParts.lightSummary(ui, rows: rows)),
                PlanCockpitParts.areaFilter(ui, selected: model.area),
                .h2(.text(context.t("plan.targets"))),
                .div(.class("kpi-grid"), .forEach(rows.filter { !$0.isMonitoring }) { ui.card($0) }),
                .if(rows.contains(where: \.isMonitoring), .h2(.text(context.t("plan.monitoring_section")))),
                .div(.class("kpi-grid"), .forEach(rows.filter(\.isMonitoring)) { ui.card($0) }))
        }
        guard let area = keptArea(model) else { return draw() }
        return snapshot.drawn.part("cockpit-targets|\(context.language.rawValue)|\(area)", draw: draw)
    }
}
