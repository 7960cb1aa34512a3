import Foundation

extension DemandRecord {
    /// The deadline the demand has to meet next: the earliest of its milestones not yet reached,
    /// while it is open. Lists of work waiting for a unit sort on it, nearest first; a deadline
    /// already past still counts (it is the most urgent).
    public var nextDeadline: (milestone: DemandMilestone, deadline: Date)? {
        guard DemandOverdueRule.isOpen.holds(for: self) else { return nil }
        return DemandMilestone.allCases.filter { reachedAt($0) == nil }
            .map { ($0, deadlines[$0]) }
            .min { $0.1 < $1.1 }
    }
}
