import BaiqiangCore
import Foundation
import Vapor

/// The JSON shapes of `/api/v1/demands` (described in Resources/openapi/demands.yaml).
enum DemandAPI {
    struct Unit: Content {
        var kind: String
        var code: String
    }

    struct Deadlines: Content {
        var response: String
        var solution: String
        var closure: String
    }

    struct Extension: Content {
        var until: String
        var reason: String
    }

    struct Event: Content {
        var action: String
        var actor: String
        var role: String
        var at: String
        var note: String?
        var statusAfter: String

        enum CodingKeys: String, CodingKey {
            case action, actor, role, at, note, statusAfter = "status_after"
        }
    }

    struct Attachment: Content {
        var fileName: String
        var contentType: String
        var size: Int

        enum CodingKeys: String, CodingKey {
            case fileName = "file_name", contentType = "content_type", size
        }
    }

    struct View: Content {
        var trackingNumber: String
        var category: String
        var status: String
        var enterprise: String
        var town: String?
        var handler: Unit?
        var submittedAt: String
        var deadlines: Deadlines
        var respondedAt: String?
        var resolvedAt: String?
        var closedAt: String?
        var satisfaction: String?
        var description: String
        var address: String?
        var overdue: Bool
        var overdueMilestones: [String]
        var pendingExtension: Extension?
        var escalatedTo: String?
        var availableActions: [String]?
        var events: [Event]?
        var attachments: [Attachment]?
        var duplicates: [String]?

        enum CodingKeys: String, CodingKey {
            case trackingNumber = "tracking_number", category, status, enterprise, town, handler
            case submittedAt = "submitted_at", deadlines, respondedAt = "responded_at", resolvedAt = "resolved_at"
            case closedAt = "closed_at", satisfaction, description, address, overdue
            case overdueMilestones = "overdue_milestones", pendingExtension = "pending_extension"
            case escalatedTo = "escalated_to", availableActions = "available_actions", events, attachments, duplicates
        }

        init(_ demand: Demand, now: Date) throws {
            let state = try demand.state
            func time(_ date: Date?) -> String? { date.map(ShanghaiTime.iso8601) }
            trackingNumber = demand.trackingNumber
            category = state.categoryCode
            status = state.status.rawValue
            enterprise = state.enterpriseCode
            town = state.townCode
            handler = state.handler.map { Unit(kind: $0.kind.rawValue, code: $0.code) }
            submittedAt = ShanghaiTime.iso8601(state.submittedAt)
            deadlines = Deadlines(response: ShanghaiTime.iso8601(state.deadlines.response),
                                  solution: ShanghaiTime.iso8601(state.deadlines.solution),
                                  closure: ShanghaiTime.iso8601(state.deadlines.closure))
            respondedAt = time(state.respondedAt)
            resolvedAt = time(state.resolvedAt)
            closedAt = time(state.closedAt)
            satisfaction = state.satisfaction?.rawValue
            description = demand.text
            address = demand.address
            overdueMilestones = state.overdueMilestones(at: now).map(\.rawValue)
            overdue = !overdueMilestones.isEmpty
            pendingExtension = state.pendingExtension.map { Extension(until: ShanghaiTime.iso8601($0.until), reason: $0.reason) }
            escalatedTo = state.escalatedTo
        }
    }

    /// `POST /api/v1/demands`.
    struct NewDemand: Content {
        var category: String
        var description: String
        /// The firm's credit code: an enterprise account may omit it; the centre must give it.
        var enterprise: String?
        var town: String?
        var address: String?
    }
}

extension DemandAPI.Event {
    init(_ event: DemandEvent) {
        self.init(action: event.action, actor: event.actor, role: event.actorRole, at: ShanghaiTime.iso8601(event.at),
                  note: event.note, statusAfter: event.statusAfter)
    }
}
