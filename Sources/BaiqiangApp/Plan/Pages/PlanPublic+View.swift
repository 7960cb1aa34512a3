import BaiqiangCore
import BaiqiangHTML

extension PlanPublicPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot, isPublic: true)
        return Layout.page(context, title: context.t("plan.public_title"),
            .h1(.text(ui.text(snapshot.document.title))),
            PlanPicker.picker(ui, base: .publicPlan),
            .p(.class("muted"), .text(context.t("plan.public_intro", ["date": snapshot.today.description]))),
            .unwrap(snapshot.review) { review in
                .group(PlanReviewParts.notice(ui, review: review), PlanReviewParts.summary(ui, rows: snapshot.kpiRows, review: review))
            },
            .div(.class("kpi-grid"), .forEach(snapshot.kpiRows) { ui.card($0) })
        )
    }
}
