import BaiqiangCore
import BaiqiangHTML

extension PlanKPIPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let row = model.row
        let ui = PlanComponents(context: context, snapshot: model.snapshot)
        return Layout.page(context, title: ui.text(row.kpi.name), active: .plan,
            PlanKPIParts.detail(ui, row: row),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.mayWrite && row.kpi.source == .manual, PlanKPIParts.observationForm(ui, row: row)),
            .h2(.text(context.t("plan.milestones"))),
            model.snapshot.review.map { PlanReviewParts.milestones(ui, items: [row.item], review: $0) }
                ?? PlanCockpitParts.milestones(ui, items: [row.item], editable: true)
        )
    }
}
