import BaiqiangCore
import BaiqiangHTML

extension PlanPublicPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot, isPublic: true)
        // The content names no one: drawn once per snapshot and language, whoever asks.
        return Layout.page(context, title: context.t("plan.public_title"),
            snapshot.drawn.part("public-content|\(context.language.rawValue)") {
                .group(
                    .h1(.text(ui.text(snapshot.document.title))),
                    PlanPicker.picker(ui, base: .publicPlan),
                    .p(.class("muted"), .text(context.t("plan.public_intro", ["date": snapshot.today.description]))),
                    .unwrap(snapshot.review) { review in
                        .group(PlanReviewParts.notice(ui, review: review), PlanReviewParts.summary(ui, rows: snapshot.kpiRows, review: review))
                    },
                    .div(.class("kpi-grid"), .forEach(snapshot.kpiRows) { ui.card($0) }))
            })
    }

    /// Whether the whole page, frame included, is the same for everyone who asks in the same
    /// language: so for someone not signed in, whose frame names no one and has no form, badge
    /// or reminder.
    static func isSameForEveryone(_ context: PageContext) -> Bool {
        context.principal == nil && context.secondFactorDue == nil && context.waitingDemands == nil
    }
}
