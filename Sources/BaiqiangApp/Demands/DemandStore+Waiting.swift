import BaiqiangCore
import Fluent

extension DemandStore {
    /// How many demands wait for the account to act now (Core's `DemandWaiting`), among those it
    /// may see: one count over the indexed status and handler columns.
    func waitingCount(for principal: Principal) async throws -> Int {
        let actor = principal.actor
        let waiting = DemandWaiting(for: actor)
        guard !waiting.isEmpty else { return 0 }
        return try await query(for: principal, actor: actor).group(.or) { any in
            for clause in waiting.clauses {
                any.group(.and) { all in
                    all.filter(\.$status ~~ clause.statuses.map(\.rawValue))
                    switch clause.party {
                    case .anyDemand:
                        break
                    case .handledBy(let unit):
                        all.filter(\.$handlerKind == unit.kind.rawValue).filter(\.$handlerCode == unit.code)
                    case .raisedBy(let code):
                        all.filter(\.$enterpriseCode == code)
                    }
                }
            }
        }.count()
    }
}
