import Foundation

/// When each milestone of a demand falls due (办理期限).
public struct DemandDeadlines: Sendable, Hashable, Codable {
    public var response: Date
    public var solution: Date
    public var closure: Date

    public init(response: Date, solution: Date, closure: Date) {
        self.response = response
        self.solution = solution
        self.closure = closure
    }

    /// The deadlines of a category's limits for a demand received at `receipt`.
    public init(category: DemandCategory, receipt: Date, calendar: WorkingDayCalendar) {
        func due(_ milestone: DemandMilestone) -> Date {
            // A category always has a closure limit (checked when loaded), which stands in for
            // the others; the fallback keeps a hand-built category from crashing a request.
            let limit = category.limit(for: milestone) ?? TimeLimit.workingDays(15)
            return limit.deadline(from: receipt, calendar: calendar)
        }
        self.init(response: due(.response), solution: due(.solution), closure: due(.closure))
    }

    public subscript(milestone: DemandMilestone) -> Date {
        switch milestone {
        case .response: response
        case .solution: solution
        case .closure: closure
        }
    }
}
