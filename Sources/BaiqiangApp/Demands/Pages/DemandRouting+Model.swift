import BaiqiangCore

/// 分派规则: which unit gets a category's demands, per town or for any town, with the form to
/// add one and a button to remove each.
enum DemandRoutingPage {
    struct Model {
        var rules: [DemandRoutingRule]
        var departments: [Department]
        var towns: [Town]
        /// Why the last change was refused.
        var error: String?
    }
}
