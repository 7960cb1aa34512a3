/// The demands waiting for an account to act now (the navigation's badge): whose move it is in
/// each state, narrowed to the account's unit. Stores turn it into one counting query.
public struct DemandWaiting: Sendable, Hashable {
    /// The demands in `statuses` that belong to `party`.
    public struct Clause: Sendable, Hashable {
        public enum Party: Sendable, Hashable {
            /// Every demand the account can see (the demand centre).
            case anyDemand
            /// Demands assigned to this department or town.
            case handledBy(HandlingUnit)
            /// Demands this enterprise raised.
            case raisedBy(enterpriseCode: String)
        }

        public let party: Party
        public let statuses: Set<DemandStatus>
    }

    /// Any of these; empty when nothing ever waits for the account (a leader, an auditor).
    public let clauses: [Clause]

    public var isEmpty: Bool { clauses.isEmpty }

    /// What waits for this actor: the centre's demands to accept, route, re-route or visit; the
    /// handling unit's to answer and resolve; the enterprise's resolved ones awaiting its verdict.
    public init(for actor: DemandActor) {
        func statuses(_ party: DemandPerformer) -> Set<DemandStatus> {
            Set(DemandStatus.allCases.filter { $0.awaitedParties.contains(party) })
        }
        var clauses: [Clause] = []
        if actor.isCentre {
            clauses.append(Clause(party: .anyDemand, statuses: statuses(.centre)))
        }
        if let code = actor.bindingCode {
            switch actor.role {
            case .department:
                clauses.append(Clause(party: .handledBy(.department(code)), statuses: statuses(.handler)))
            case .town:
                clauses.append(Clause(party: .handledBy(.town(code)), statuses: statuses(.handler)))
            case .enterprise:
                clauses.append(Clause(party: .raisedBy(enterpriseCode: code), statuses: statuses(.submitter)))
            default:
                break
            }
        }
        self.clauses = clauses
    }

    /// Whether the demand waits for the actor this was made for: the same test the store's
    /// count makes in SQL.
    public func includes(_ demand: DemandState) -> Bool {
        clauses.contains { clause in
            guard clause.statuses.contains(demand.status) else { return false }
            switch clause.party {
            case .anyDemand: return true
            case .handledBy(let unit): return demand.handler == unit
            case .raisedBy(let code): return demand.enterpriseCode == code
            }
        }
    }
}

extension DemandStatus {
    /// Whose move it is in this state. Side actions (催办, 延期, 改派 of a demand in hand) never
    /// make a demand wait for someone; a resolved demand waits both for the centre's return visit
    /// and for the enterprise's verdict in it.
    public var awaitedParties: Set<DemandPerformer> {
        switch self {
        case .submitted, .accepted, .returned, .unsatisfied: [.centre]
        case .assigned, .responded: [.handler]
        case .resolved: [.centre, .submitter]
        case .closed: []
        }
    }
}
