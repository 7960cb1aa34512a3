import BaiqiangCore
import Foundation

/// The form changing a project's fields and planned milestone days, for the lead department and
/// administrators — the accounts that see its real name before signing, so the name shown and
/// edited here is never one the account could not see already. What was typed comes back with
/// the refusals.
enum ProjectEditPage {
    struct Choice: Sendable {
        var value: String
        var name: BilingualText
    }

    struct ChainChoice: Sendable {
        var name: BilingualText
        /// Each node as `chain/node` with its name.
        var nodes: [Choice]
    }

    struct Model {
        var id: UUID
        var name: String
        var form: ProjectForm
        var leaders: [LeaderOption]
        var linkedLeaderID: UUID?
        var typedLeader: String?
        var chains: [ChainChoice]
        var towns: [Choice]
        var departments: [Choice]
        var issues: [String] = []
    }
}
