import Foundation
import Testing
@testable import BaiqiangCore

/// Each action names who may do it; anybody else is refused with a reason in both languages.
@Suite("Demand roles 角色")
struct DemandRoleTests {
    typealias Support = DemandTestSupport

    /// The first status each action may start from.
    static func legalStatus(for kind: DemandActionKind) -> DemandStatus {
        DemandStatus.allCases.first(where: DemandTransitionRule.rule(for: kind).from.contains)!
    }

    static let wrongRoles: [(DemandActionKind, Role)] = DemandTransitionRule.all.flatMap { rule in
        Role.allCases.filter { !rule.roles.contains($0) }.map { (rule.action, $0) }
    }

    @Test("a role that may never do the action", arguments: wrongRoles)
    func wrongRole(kind: DemandActionKind, role: Role) {
        let demand = Support.demand(in: Self.legalStatus(for: kind))
        let error = #expect(throws: DemandWorkflowError.self) {
            try Support.workflow.apply(Support.sampleAction(kind, for: demand), by: Support.actor(of: role),
                                       at: Support.step(20), to: demand)
        }
        #expect(error?.reason == .roleNotAllowed(kind, role))
        #expect(error?.message.zh.contains(role.label.zh) == true)
    }

    @Test func theTableNamesTheRoles() {
        #expect(DemandTransitionRule.rule(for: .accept).roles == [.admin, .department])
        #expect(DemandTransitionRule.rule(for: .respond).roles == [.department, .town])
        #expect(DemandTransitionRule.rule(for: .urge).roles == [.admin, .department, .leader])
        #expect(DemandTransitionRule.rule(for: .returnVisit).performers == [.centre])
    }

    @Test func anAdminActsForTheCentre() throws {
        let accepted = try Support.workflow.apply(.accept, by: .admin, at: Support.step(1), to: Support.submitted())
        #expect(accepted.status == .accepted)
    }

    @Test func aDepartmentThatIsNotTheCentreCannotDoTheCentresWork() {
        let error = #expect(throws: DemandWorkflowError.self) {
            try Support.workflow.apply(.accept, by: Support.bureau, at: Support.step(1), to: Support.submitted())
        }
        #expect(error?.reason == .notDemandCentre(.accept))
        #expect(error?.message.en == "Only the demand centre can accept")
    }

    @Test func onlyTheAssignedUnitHandlesTheDemand() throws {
        let assigned = Support.demand(in: .assigned)
        for stranger in [Support.otherBureau, Support.town, Support.centre] {
            let error = #expect(throws: DemandWorkflowError.self) {
                try Support.workflow.apply(.respond(answer: "收到"), by: stranger, at: Support.step(5), to: assigned)
            }
            #expect(error?.reason == .notAssignedHandler(.respond))
        }
        // Assigned to a town instead, the town handles it.
        let toTown = try Support.workflow.apply(
            .assign(.town("shaping")), by: Support.centre, at: Support.step(2), to: Support.demand(in: .accepted))
        let answered = try Support.workflow.apply(.respond(answer: "收到"), by: Support.town, at: Support.step(3), to: toTown)
        #expect(answered.status == .responded)
        #expect(throws: DemandWorkflowError(.notAssignedHandler(.resolve))) {
            try Support.workflow.apply(.resolve(summary: "x"), by: Support.bureau, at: Support.step(4), to: answered)
        }
    }

    @Test func anEnterpriseSubmitsOnlyForItself() {
        let submission = DemandSubmission(categoryCode: "sme", enterpriseCode: Support.firmCode, description: "融资难")
        #expect(throws: DemandWorkflowError(.notOwnDemand)) {
            try Support.workflow.submit(submission, by: Support.otherFirm, at: Support.received)
        }
        #expect(throws: DemandWorkflowError(.submitNotAllowed(.leader))) {
            try Support.workflow.submit(submission, by: .leader, at: Support.received)
        }
        #expect(throws: DemandWorkflowError(.submitNotAllowed(.department))) {
            try Support.workflow.submit(submission, by: Support.bureau, at: Support.received)
        }
        // The centre registers a demand taken by phone.
        #expect((try? Support.workflow.submit(submission, by: Support.centre, at: Support.received)) != nil)
    }

    @Test func theButtonsShownMatchTheRules() {
        let now = Support.step(20)
        let assigned = Support.demand(in: .assigned)
        #expect(Support.workflow.availableActions(for: Support.bureau, on: assigned, at: now)
            == [.returnToCentre, .respond, .requestExtension])
        #expect(Support.workflow.availableActions(for: Support.otherBureau, on: assigned, at: now) == [])
        #expect(Support.workflow.availableActions(for: .leader, on: assigned, at: now) == [.urge])
        #expect(Support.workflow.availableActions(for: Support.firm, on: assigned, at: now) == [])
        let late = CalendarTestSupport.at("2026-01-05T09:00:00+08:00")
        #expect(Support.workflow.availableActions(for: Support.centre, on: assigned, at: late) == [.reassign, .urge, .escalate])
    }
}
