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

    /// An account the bind form offers, shown by name with the town of its grid (or as unbound).
    struct CandidateRow: Sendable {
        var username: String
        var name: String
        var town: BilingualText?
    }

    /// The grid workers of the grids the account keeps, and the form to bind one.
    struct WorkersModel: Sendable {
        var workers: [WorkerRow]
        var grids: [(code: String, name: String)]
        /// The accounts the account may bind, as many as the picker shows.
        var candidates: [CandidateRow] = []
        /// How many accounts matched the search, shown or not.
        var matched: Int = 0
        /// Whether there are enough eligible accounts to search among them.
        var searchable: Bool = false
        var search: String = ""
        var values: [String: String]
        var error: String?
        var anyDemo: Bool { workers.contains(where: \.isDemo) }
    }
}
