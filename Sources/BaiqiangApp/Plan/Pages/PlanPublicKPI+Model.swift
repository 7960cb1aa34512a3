import BaiqiangCore

/// A published KPI's public page: its facts, history and sources; no milestones, no forms.
enum PlanPublicKPIPage {
    struct Model {
        /// The plan reduced to what the county publishes.
        var snapshot: PlanSnapshot
        var row: KPIRow
    }
}
