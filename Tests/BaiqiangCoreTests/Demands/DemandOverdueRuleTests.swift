import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Overdue 逾期: each milestone before, at and after its deadline, reached or not, open or closed")
struct DemandOverdueRuleTests {
    static let now = CalendarTestSupport.at("2025-10-12T12:00:00+08:00")
    static let past = now.addingTimeInterval(-3600)
    static let future = now.addingTimeInterval(3600)

    static func record(_ status: DemandStatus = .assigned, response: Date = future, solution: Date = future,
                       closure: Date = future, respondedAt: Date? = nil, solutionAt: Date? = nil,
                       resolvedAt: Date? = nil) -> DemandRecord {
        DemandRecord(status: status, deadlines: DemandDeadlines(response: response, solution: solution, closure: closure),
                     respondedAt: respondedAt, solutionAt: solutionAt, resolvedAt: resolvedAt)
    }

    static let cases: [(String, DemandRecord, [DemandMilestone])] = [
        ("nothing due yet", record(), []),
        ("response past due, not answered", record(response: past), [.response]),
        ("response due this very second is not yet late", record(response: now), []),
        ("response past due but answered (late)", record(response: past, respondedAt: now), []),
        ("solution past due, none proposed", record(solution: past), [.solution]),
        ("solution past due, proposed", record(solution: past, solutionAt: past), []),
        ("solution past due, resolved without a proposal", record(.resolved, solution: past, resolvedAt: past), []),
        ("closure past due, not resolved", record(closure: past), [.closure]),
        ("closure past due, resolved", record(.resolved, closure: past, resolvedAt: past), []),
        ("everything past due", record(response: past, solution: past, closure: past), [.response, .solution, .closure]),
        ("everything past due, answered", record(.responded, response: past, solution: past, closure: past, respondedAt: past),
         [.solution, .closure]),
        ("returned demands still count", record(.returned, response: past), [.response]),
        ("a closed demand is never overdue", record(.closed, response: past, solution: past, closure: past), []),
    ]

    @Test(arguments: cases.indices)
    func overdueMilestones(_ index: Int) {
        let (name, record, expected) = Self.cases[index]
        #expect(record.overdueMilestones(at: Self.now) == expected, "\(name)")
        #expect(DemandOverdueRule.condition(at: Self.now).holds(for: record) == !expected.isEmpty, "\(name)")
    }
}
