import Foundation

/// The times a demand records when it reaches a milestone, each kept in a column of its own.
public enum DemandTimestamp: String, Sendable, Hashable, CaseIterable {
    case respondedAt
    case solutionAt
    case resolvedAt
}

/// A condition on a demand's stored facts (status, deadlines, milestone times), written as data
/// so that one definition is both checked on a value here and turned into a query's filter by
/// the app, which then cannot drift from the rule.
public indirect enum DemandCondition: Sendable, Hashable {
    case statusIn([DemandStatus])
    case notSet(DemandTimestamp)
    /// The milestone's deadline lies strictly before the instant.
    case deadlineBefore(DemandMilestone, Date)
    case all([DemandCondition])
    case any([DemandCondition])

    public func holds(for record: DemandRecord) -> Bool {
        switch self {
        case .statusIn(let statuses): statuses.contains(record.status)
        case .notSet(let timestamp): record[timestamp] == nil
        case .deadlineBefore(let milestone, let instant): record.deadlines[milestone] < instant
        case .all(let conditions): conditions.allSatisfy { $0.holds(for: record) }
        case .any(let conditions): conditions.contains { $0.holds(for: record) }
        }
    }
}

extension DemandMilestone {
    /// The times that mark the milestone reached, the first recorded one counting. A resolved
    /// demand has had its solution, proposed or not.
    public var reachedBy: [DemandTimestamp] {
        switch self {
        case .response: [.respondedAt]
        case .solution: [.solutionAt, .resolvedAt]
        case .closure: [.resolvedAt]
        }
    }
}

/// 逾期, defined once: an open demand with a milestone past its deadline and not reached. A
/// closed demand is never overdue; one reached late is counted by `wasLate`, not here.
public enum DemandOverdueRule {
    public static let isOpen = DemandCondition.statusIn(DemandStatus.allCases.filter(\.isOpen))

    /// The milestone is past its deadline at `now` and not reached (status aside).
    public static func missed(_ milestone: DemandMilestone, at now: Date) -> DemandCondition {
        .all(milestone.reachedBy.map(DemandCondition.notSet) + [.deadlineBefore(milestone, now)])
    }

    /// The demand is overdue at `now`: what the overdue list filters on.
    public static func condition(at now: Date) -> DemandCondition {
        .all([isOpen, .any(DemandMilestone.allCases.map { missed($0, at: now) })])
    }
}
