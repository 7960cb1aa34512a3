import BaiqiangCore
import BaiqiangHTML

extension PlanPublicKPIPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = PlanComponents(context: context, snapshot: model.snapshot, isPublic: true)
        return Layout.page(context, title: ui.text(model.row.kpi.name), PlanKPIParts.detail(ui, row: model.row))
    }
}
