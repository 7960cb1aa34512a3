import BaiqiangCore

/// The public plan page (政务公开): the published KPIs' cards, for anyone.
enum PlanPublicPage {
    struct Model {
        /// The plan reduced to what the county publishes.
        var snapshot: PlanSnapshot
    }
}
