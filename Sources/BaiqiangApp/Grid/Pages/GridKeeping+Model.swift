import BaiqiangCore
import Foundation

/// The grid pages that keep things: a campaign's form, and the grid workers' bindings.
extension GridPages {
    /// Creating a campaign (`code` nil) or changing one.
    struct CampaignFormModel: Sendable {
        /// The code of the campaign being changed; nil for a new one.
        var editing: String?
        /// The towns the account may put in scope (a town: its own only).
        var towns: [(code: String, name: BilingualText)]
        /// Whether the account may leave the towns empty, for the whole county.
        var mayCoverCounty: Bool
        var categories: [(code: String, name: BilingualText)]
        var values: GridCampaignDraft
        var error: String?
    }

    struct WorkerRow: Sendable {
        var username: String
        var name: String
        var gridCode: String
        var gridName: String
        var team: GridTeam?
        var isDemo: Bool
    }

    /// The grid workers of the grids the account keeps, and the form to bind one.
    struct WorkersModel: Sendable {
        var workers: [WorkerRow]
        var grids: [(code: String, name: String)]
        var values: [String: String]
        var error: String?
        var anyDemo: Bool { workers.contains(where: \.isDemo) }
    }
}
