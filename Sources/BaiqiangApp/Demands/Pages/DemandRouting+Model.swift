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
        /// A replacement waiting for the editor to confirm it.
        var confirmation: Confirmation?

        var units: HandlingUnitPicker { HandlingUnitPicker(departments: departments, towns: towns) }
    }

    /// A rule the editor asked for that would replace the one its category and town have.
    struct Confirmation {
        var category: String
        var town: String
        var existing: HandlingUnit
        var proposed: HandlingUnit
    }
}
