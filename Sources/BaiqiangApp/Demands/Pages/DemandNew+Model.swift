import BaiqiangCore

/// The form that raises a demand, with the duplicate warning (重复诉求) shown before submitting.
enum DemandNewPage {
    struct Model {
        /// What the form holds: empty at first, the values sent when shown again.
        var category = ""
        var description = ""
        var enterprise: String?
        var town: String?
        var address: String?
        /// The firm's open demands of the same category; when any, the form asks to confirm.
        var duplicates: [Demand] = []
        /// Why the last submission was refused.
        var error: String?
    }
}
