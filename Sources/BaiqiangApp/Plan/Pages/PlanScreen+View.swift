import BaiqiangCore
import BaiqiangHTML

extension PlanScreenPage {
    /// A page of its own rather than the site's frame: no navigation, and it refreshes itself.
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot)
        let rows = model.rows
        return HTML(
            .lang(context.language == .en ? .english : .chinese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attribute(named: "http-equiv", value: "refresh"), .content("300")),
                .title("\(context.t("plan.big_screen")) · \(context.t("app.name"))"),
                .link(.rel(.stylesheet), .href("/static/css/app.css")),
                .link(.rel(.stylesheet), .href("/static/css/screen.css"))
            ),
            .body(.class("big-screen"),
                .header(.class("screen-head"),
                        .h1(.text(ui.text(snapshot.document.title))),
                        .div(.class("screen-date"), .text(snapshot.today.description))),
                .div(.class("screen-main"),
                    .unwrap(snapshot.review) { PlanReviewParts.notice(ui, review: $0) },
                    snapshot.review.map { PlanReviewParts.summary(ui, rows: rows, review: $0) } ?? PlanCockpitParts.lightSummary(ui, rows: rows),
                    .div(.class("kpi-grid screen-grid"), .forEach(rows) { ui.card($0) })),
                .aside(.class("screen-side"),
                    PlanScreenParts.rates(ui, model.rates),
                    PlanScreenParts.timeline(ui, model.timelineShown),
                    PlanScreenParts.trends(ui, model.trendsShown))
            )
        )
    }
}
