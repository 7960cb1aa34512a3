import BaiqiangCore

/// The form that keeps a firm's record by hand: contacts, linked leaders (挂钩领导), ladder and
/// listing stages, designations with their years.
enum EnterpriseEditPage {
    struct Model {
        var firm: Enterprise
        /// The year each held designation was granted, by kind.
        var heldDesignations: [String: Int]
        /// Why the last save was refused.
        var error: String?
    }
}
