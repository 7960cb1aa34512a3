import BaiqiangCore
import Foundation

/// The grid pages' shared facts: an event as a list or a page shows it.
enum GridPages {
    struct EventRow: Sendable {
        var id: UUID
        var category: BilingualText
        var gridName: String
        var townCode: String
        var status: DemandStatus
        var reportedAt: Date
        var closureDeadline: Date
        var overdue: Bool
        var place: String
        var isDemo: Bool
    }

    /// My grid's events (网格事件): the events the account reads, newest first.
    struct ListModel: Sendable {
        var heading: BilingualText
        var events: [EventRow]
        var statusFilter: DemandStatus?
        var nextCursor: String?
        var mayReport: Bool
        /// Whether the account binds grid workers (an administrator, a town for its grids).
        var mayBindWorkers: Bool = false
        var anyDemo: Bool { events.contains(where: \.isDemo) }
    }

    /// The form to report an event.
    struct NewModel: Sendable {
        var grids: [(code: String, name: String)]
        var categories: [(code: String, name: BilingualText)]
        var error: String?
        var values: [String: String] = [:]
    }

    struct StepRow: Sendable {
        var action: BilingualText
        var actorName: String
        var note: String?
        var at: Date
    }

    /// One event with its steps and the actions the account may take.
    struct DetailModel: Sendable {
        var event: EventRow
        var description: String
        var latitude: Double?
        var longitude: Double?
        var hazardFound: Bool
        var reporterName: String
        var handler: String?
        var steps: [StepRow]
        var actions: [DemandActionKind]
        var currentHandler: HandlingUnit?
        var departments: [Department]
        var towns: [Town]
        var error: String?
        var photos: [GridEventPhotoInfo] = []
        /// Whether the account may attach photos (it reads the event and reports in its grid).
        var mayAddPhoto: Bool = false
    }

    struct CampaignRow: Sendable {
        var code: String
        var name: BilingualText
        var start: PlanDate
        var end: PlanDate
        var towns: [String]
        var categories: [BilingualText]
        var targets: GridCampaignTargets
        var counts: GridCampaignCounts
        var isDemo: Bool
    }

    struct CampaignsModel: Sendable {
        var campaigns: [CampaignRow]
        /// Whether the account may create a campaign (an administrator, a town for its own).
        var mayCreate: Bool = false
        var anyDemo: Bool { campaigns.contains(where: \.isDemo) }
    }

    struct CampaignModel: Sendable {
        var campaign: CampaignRow
        /// Whether the counts are the whole county's or only what the account may see.
        var countyWide: Bool
        /// Whether the account may change this campaign.
        var mayEdit: Bool = false
    }
}
