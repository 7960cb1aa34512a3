import BaiqiangCore
import Fluent
import Foundation

/// Core's demand conditions as filters on the `demands` table: only the mapping of each stored
/// fact to its column lives here, so a list filtered in SQL agrees with the rule checked on a value.
extension QueryBuilder where Model == Demand {
    @discardableResult
    func filter(_ condition: DemandCondition) -> Self {
        switch condition {
        case .statusIn(let statuses):
            filter(\.$status ~~ statuses.map(\.rawValue))
        case .notSet(.respondedAt):
            filter(\.$respondedAt == nil)
        case .notSet(.solutionAt):
            filter(\.$solutionAt == nil)
        case .notSet(.resolvedAt):
            filter(\.$resolvedAt == nil)
        case .deadlineBefore(.response, let instant):
            filter(\.$responseDeadline < instant)
        case .deadlineBefore(.solution, let instant):
            filter(\.$solutionDeadline < instant)
        case .deadlineBefore(.closure, let instant):
            filter(\.$closureDeadline < instant)
        case .all(let conditions):
            group(.and) { group in conditions.forEach { group.filter($0) } }
        case .any(let conditions):
            group(.or) { group in conditions.forEach { group.filter($0) } }
        }
        return self
    }
}
