import BaiqiangCore
import Foundation

/// The form that keeps a firm's record by hand: contacts, linked leaders (挂钩领导), ladder and
/// listing stages, designations with their years.
enum EnterpriseEditPage {
    struct Model {
        var firm: Enterprise
        /// The year each held designation was granted, by kind.
        var heldDesignations: [String: Int]
        /// The county's leader accounts the linked leaders are chosen from.
        var leaders: [LeaderOption] = []
        /// Why the last save was refused.
        var error: String?
    }
}

/// A leader account as a form offers it.
struct LeaderOption: Sendable {
    var id: UUID
    var username: String
    var displayName: String

    init(_ user: User) throws {
        id = try user.requireID()
        username = user.username
        displayName = user.displayName
    }
}
