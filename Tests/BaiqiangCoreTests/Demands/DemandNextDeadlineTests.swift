import Foundation
import Testing
@testable import BaiqiangCore

@Suite("The deadline a demand has to meet next: the earliest milestone not yet reached, while open")
struct DemandNextDeadlineTests {
    static let start = CalendarTestSupport.at("2025-10-10T09:00:00+08:00")
    static let deadlines = DemandDeadlines(response: start + 86_400, solution: start + 5 * 86_400, closure: start + 10 * 86_400)

    static func record(_ status: DemandStatus = .assigned, respondedAt: Date? = nil, solutionAt: Date? = nil,
                       resolvedAt: Date? = nil) -> DemandRecord {
        DemandRecord(status: status, deadlines: deadlines, respondedAt: respondedAt, solutionAt: solutionAt, resolvedAt: resolvedAt)
    }

    @Test func nothingReachedYetTheResponseIsNext() {
        let next = Self.record().nextDeadline
        #expect(next?.milestone == .response)
        #expect(next?.deadline == Self.deadlines.response)
    }

    @Test func answeredTheSolutionIsNextThenTheClosure() {
        #expect(Self.record(.responded, respondedAt: Self.start).nextDeadline?.milestone == .solution)
        #expect(Self.record(.responded, respondedAt: Self.start, solutionAt: Self.start).nextDeadline?.milestone == .closure)
    }

    @Test func aClosedDemandHasNoDeadlineLeft() {
        #expect(Self.record(.closed).nextDeadline == nil)
    }
}
