import BaiqiangCore
import BaiqiangHTML

extension PlanCockpitPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot)
        let rows = model.rows
        return Layout.page(context, title: context.t("nav.plan"), active: .plan,
            .div(.class("page-head"),
                 .h1(.text(ui.text(snapshot.document.title))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.planScreen.path), .text(context.t("plan.big_screen"))),
                      .a(.class("button"), .href(SiteURL.planReport.path), .text(context.t("plan.report"))),
                      .a(.class("button"), .href(SiteURL.planExport(format: "yaml").path), .text(context.t("plan.export_yaml"))),
                      .a(.class("button"), .href(SiteURL.planExport(format: "csv").path), .text(context.t("plan.export_csv"))),
                      .if(model.mayImport,
                          .a(.class("button"), .href(SiteURL.planImport.path), .text(context.t("plan.import")))))),
            .p(.class("muted"), .text(context.t("plan.as_of_today", ["date": snapshot.today.description]))),
            PlanCockpitParts.lightSummary(ui, rows: rows),
            PlanCockpitParts.areaFilter(ui, selected: model.area),
            .h2(.text(context.t("plan.targets"))),
            .div(.class("kpi-grid"), .forEach(rows.filter { !$0.isMonitoring }) { ui.card($0) }),
            .if(rows.contains(where: \.isMonitoring), .h2(.text(context.t("plan.monitoring_section")))),
            .div(.class("kpi-grid"), .forEach(rows.filter(\.isMonitoring)) { ui.card($0) }),
            .h2(.text(context.t("plan.milestones"))),
            PlanCockpitParts.milestones(ui, items: model.items),
            .h2(.text(context.t("plan.tree"))),
            ui.tree()
        )
    }
}
