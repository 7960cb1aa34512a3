import Foundation
import Testing
@testable import BaiqiangCore

/// Every (state, action) pair: legal ones lead where the table says, illegal ones are refused.
@Suite("Demand state machine 诉求流转")
struct DemandTransitionTests {
    typealias Support = DemandTestSupport

    static let legalPairs: [(DemandStatus, DemandActionKind)] = DemandTransitionRule.all.flatMap { rule in
        DemandStatus.allCases.filter(rule.from.contains).map { ($0, rule.action) }
    }
    static let illegalPairs: [(DemandStatus, DemandActionKind)] = DemandTransitionRule.all.flatMap { rule in
        DemandStatus.allCases.filter { !rule.from.contains($0) }.map { ($0, rule.action) }
    }

    @Test func theTableHasOneRowPerActionAndCoversEveryPair() {
        #expect(DemandTransitionRule.all.map(\.action).sorted { $0.rawValue < $1.rawValue }
            == DemandActionKind.allCases.sorted { $0.rawValue < $1.rawValue })
        #expect(Self.legalPairs.count + Self.illegalPairs.count
            == DemandStatus.allCases.count * DemandActionKind.allCases.count)
        // Nothing leaves a closed demand.
        #expect(Self.legalPairs.allSatisfy { $0.0 != .closed })
    }

    @Test("legal transitions", arguments: legalPairs)
    func legal(status: DemandStatus, kind: DemandActionKind) throws {
        var demand = Support.demand(in: status)
        var now = Support.step(20)
        switch kind {
        case .approveExtension, .refuseExtension:
            demand = try Support.workflow.apply(
                Support.sampleAction(.requestExtension, for: demand), by: Support.bureau, at: now, to: demand)
        case .escalate:
            now = CalendarTestSupport.at("2026-01-05T09:00:00+08:00") // long past every deadline
        default:
            break
        }
        let action = Support.sampleAction(kind, for: demand)
        let after = try Support.workflow.apply(action, by: Support.performer(of: kind), at: now, to: demand)
        let rule = DemandTransitionRule.rule(for: kind)
        if rule.to.isEmpty {
            #expect(after.status == status, "\(kind) records without moving")
        } else {
            #expect(rule.to.contains(after.status))
        }
    }

    @Test("illegal transitions are refused with the state named", arguments: illegalPairs)
    func illegal(status: DemandStatus, kind: DemandActionKind) {
        let demand = Support.demand(in: status)
        let action = Support.sampleAction(kind, for: demand)
        let error = #expect(throws: DemandWorkflowError.self) {
            try Support.workflow.apply(action, by: Support.performer(of: kind), at: Support.step(20), to: demand)
        }
        #expect(error?.reason == .illegalTransition(kind, status))
        #expect(error?.message.zh.contains(status.label.zh) == true)
        #expect(error?.message.en.contains(status.label.en) == true)
    }

    @Test("the return visit's verdict decides where it goes", arguments: [
        (Satisfaction.satisfied, DemandStatus.closed), (.basicallySatisfied, .closed), (.unsatisfied, .unsatisfied),
    ])
    func returnVisit(verdict: Satisfaction, expected: DemandStatus) throws {
        let demand = Support.demand(in: .resolved)
        let after = try Support.workflow.apply(.returnVisit(verdict), by: Support.centre, at: Support.step(9), to: demand)
        #expect(after.status == expected)
        #expect(after.satisfaction == verdict)
        #expect((after.closedAt != nil) == (expected == .closed))
    }
}
