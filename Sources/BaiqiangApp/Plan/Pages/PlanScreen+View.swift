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
                .meta(.attribute(named: "http-equiv", value: "refresh"), .content(refresh(model))),
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
                    .div(.class("screen-summary"),
                        snapshot.review.map { PlanReviewParts.summary(ui, rows: rows, review: $0) } ?? PlanCockpitParts.lightSummary(ui, rows: rows),
                        .if(model.pageCount > 1, .p(.class("screen-page muted"), .text(context.t("screen.page", [
                            "page": String(model.currentPage), "pages": String(model.pageCount), "count": String(rows.count),
                            "seconds": String(PlanScreenPage.secondsPerPage)]))))),
                    .div(.class("kpi-grid screen-grid"), .forEach(model.rowsShown) { ui.card($0) })),
                .aside(.class("screen-side"),
                    PlanScreenParts.rates(ui, model.rates),
                    PlanScreenParts.timeline(ui, model.timelineShown),
                    PlanScreenParts.trends(ui, model.trendsShown))
            )
        )
    }

    /// Reload for fresh figures, turning to the next page of cards when there is more than one;
    /// the plan shown stays the same.
    static func refresh(_ model: Model) -> String {
        guard model.pageCount > 1 else { return String(PlanScreenPage.secondsPerRefresh) }
        var query = "page=\(model.nextPage)"
        if model.snapshot.plans.count > 1 { query = "plan=" + PlanSnapshot.queryValue(model.snapshot.document.code) + "&" + query }
        return "\(PlanScreenPage.secondsPerPage);url=" + SiteURL.planScreen.path + "?" + query
    }
}
