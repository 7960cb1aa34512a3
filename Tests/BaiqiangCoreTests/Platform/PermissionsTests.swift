import Foundation
import Testing
@testable import BaiqiangCore

/// Every role against every action: what `Permissions` allows is exactly this table, and every
/// refusal is of the forbidden kind with a reason in both languages.
@Suite("Permissions 权限")
struct PermissionsTests {
    typealias Action = Permissions.Action

    static let admin = AccessActor.admin
    static let leader = AccessActor.leader
    static let department = AccessActor.department("gxj")
    static let centre = AccessActor.department("centre", isDemandCentre: true)
    static let unboundDepartment = AccessActor(role: .department)
    static let town = AccessActor.town("shaping")
    static let enterprise = AccessActor.enterprise("91440784000000001X")
    static let separatedAdmin = AccessActor(role: .admin, dutiesSeparated: true)
    static let securityOfficer = AccessActor.securityOfficer
    static let auditor = AccessActor.auditor

    static let actions: [Action] = [
        .submitDemand, .routeDemands, .seeDemandRates, .editEnterprise, .importRegistry, .runEvaluation, .publishEvaluation, .importPlan,
        .writePlan(owner: "gxj"), .writePlan(owner: "centre"), .writePlan(owner: "zrzyj"), .writePlan(owner: nil), .configure,
        .manageAccounts, .readAudit,
    ]

    /// The matrix: each actor and the actions it may take; everything else is refused.
    static let allowed: [(name: String, actor: AccessActor, actions: Set<Action>)] = [
        ("admin", admin, [.submitDemand, .routeDemands, .seeDemandRates, .editEnterprise, .importRegistry, .runEvaluation, .publishEvaluation,
                          .importPlan, .writePlan(owner: "gxj"), .writePlan(owner: "centre"), .writePlan(owner: "zrzyj"),
                          .writePlan(owner: nil), .configure, .manageAccounts, .readAudit]),
        // 三员分立 in force: the system administrator keeps configuration, the rest of the work
        // and nothing of the security officer's or the auditor's.
        ("admin, duties separated", separatedAdmin,
         [.submitDemand, .routeDemands, .seeDemandRates, .editEnterprise, .importRegistry, .runEvaluation, .publishEvaluation, .importPlan,
          .writePlan(owner: "gxj"), .writePlan(owner: "centre"), .writePlan(owner: "zrzyj"), .writePlan(owner: nil),
          .configure]),
        ("security officer", securityOfficer, [.manageAccounts]),
        ("auditor", auditor, [.readAudit]),
        ("leader", leader, [.seeDemandRates, .publishEvaluation]),
        ("department gxj", department, [.editEnterprise, .importRegistry, .runEvaluation, .writePlan(owner: "gxj")]),
        ("demand centre", centre, [.submitDemand, .routeDemands, .seeDemandRates, .editEnterprise, .importRegistry,
                                   .runEvaluation, .writePlan(owner: "centre")]),
        ("department without binding", unboundDepartment, [.editEnterprise, .importRegistry, .runEvaluation]),
        ("town", town, []),
        ("enterprise", enterprise, [.submitDemand]),
        ("prefecture", AccessActor(role: .prefecture), [.seeDemandRates]),
        ("special supervisor", AccessActor(role: .supervisor), []),
        ("grid worker", AccessActor(role: .gridWorker, gridCode: "shaping-01"), []),
    ]

    static let cells: [(String, AccessActor, Action, Bool)] = allowed.flatMap { row in
        actions.map { (row.name, row.actor, $0, row.actions.contains($0)) }
    }

    @Test("each role against each action", arguments: 0..<cells.count)
    func matrix(_ index: Int) {
        let (name, actor, action, expected) = Self.cells[index]
        let permissions = Permissions(actor)
        #expect(permissions.allows(action) == expected, "\(name) \(action)")
        if expected {
            #expect(throws: Never.self) { try permissions.require(action) }
        } else {
            let refusal = #expect(throws: AccessRefusal.self) { try permissions.require(action) }
            #expect(refusal?.kind == .forbidden)
            #expect(refusal?.action == action)
        }
    }

    @Test("every role appears in the matrix")
    func everyRoleCovered() {
        #expect(Set(Self.allowed.map(\.actor.role)) == Set(Role.allCases))
    }

    @Test("a department writes only the plan parts its code owns; admins write everything")
    func planOwnership() {
        #expect(Permissions(Self.department).allows(.writePlan(owner: "gxj")))
        #expect(!Permissions(Self.department).allows(.writePlan(owner: "zrzyj")))
        #expect(!Permissions(Self.department).allows(.writePlan(owner: nil)))
        #expect(!Permissions(Self.unboundDepartment).allows(.writePlan(owner: nil)))
        #expect(Permissions(Self.admin).allows(.writePlan(owner: nil)))
        #expect(!Permissions(Self.town).allows(.writePlan(owner: "shaping")))
    }

    @Test("a department sees the demands assigned to it; the centre, admins and leaders the county; towns and firms their own")
    func demandReach() {
        #expect(Permissions(Self.department).demandReach == .assignedTo(.department("gxj")))
        #expect(Permissions(Self.unboundDepartment).demandReach == .within(.nothing))
        #expect(Permissions(Self.centre).demandReach == .within(.county))
        #expect(Permissions(Self.admin).demandReach == .within(.county))
        #expect(Permissions(Self.leader).demandReach == .within(.county))
        #expect(Permissions(Self.town).demandReach == .withinOrAssignedTo(.town("shaping"), .town("shaping")))
        #expect(Permissions(Self.enterprise).demandReach == .within(.enterprise("91440784000000001X")))
        #expect(Permissions(AccessActor(role: .town)).demandReach == .within(.nothing))
    }

    @Test("the centre is an admin or the flagged department, nobody else")
    func centre() {
        #expect(Self.admin.isCentre)
        #expect(Self.centre.isCentre)
        #expect(!Self.department.isCentre)
        #expect(!Self.leader.isCentre)
        #expect(!AccessActor(role: .town, isDemandCentre: true).isCentre)
    }

    @Test("every refusal names who may act, in both languages")
    func refusalMessages() {
        for action in Self.actions {
            let message = AccessRefusal(action).message
            #expect(!message.zh.isEmpty && !message.en.isEmpty)
            #expect(message.zh.contains("只有"), "\(action)")
            #expect(message.en.hasPrefix("Only"), "\(action)")
        }
    }
}

/// Which failures are refusals: the kind decides the status on every interface.
@Suite("Failure kinds 错误类别")
struct FailureKindTests {
    @Test("a party that may not act on a demand is refused as forbidden")
    func demandRefusalsAreForbidden() {
        let forbidden: [DemandWorkflowError.Reason] = [
            .roleNotAllowed(.accept, .enterprise), .notDemandCentre(.accept), .notAssignedHandler(.respond), .notOwnDemand,
            .submitNotAllowed(.leader),
        ]
        for reason in forbidden {
            #expect(DemandWorkflowError(reason).kind == .forbidden, "\(reason)")
        }
        let invalid: [DemandWorkflowError.Reason] = [
            .illegalTransition(.resolve, .submitted), .textRequired(.respond), .textTooLong(limit: 10), .emptyDescription,
            .descriptionTooLong(limit: 10), .unknownCategory("x"), .missingHandlingUnitCode, .extensionAlreadyPending,
            .noExtensionPending, .extensionNotLater, .notOverdue, .leaderRequired,
        ]
        for reason in invalid {
            #expect(DemandWorkflowError(reason).kind == .invalidInput, "\(reason)")
        }
    }

    @Test("an error that says nothing of its kind is bad input")
    func defaultIsInvalidInput() {
        let weak = #expect(throws: PasswordPolicy.Weak.self) { try PasswordPolicy.check("short") }
        #expect(weak?.kind == .invalidInput)
    }

    @Test("a leader or a town cannot submit a demand, and hears it as forbidden")
    func submitRefused() throws {
        let workflow = DemandTestSupport.workflow
        for actor in [AccessActor.leader, .town("shaping"), .department("gxj")] {
            let error = #expect(throws: DemandWorkflowError.self) {
                try workflow.submit(DemandSubmission(categoryCode: "12345-help", enterpriseCode: "91440784000000001X", description: "x"),
                                    by: actor, at: DemandTestSupport.step(0))
            }
            #expect(error?.reason == .submitNotAllowed(actor.role))
            #expect(error?.kind == .forbidden)
        }
        _ = try workflow.submit(DemandSubmission(categoryCode: "12345-help", enterpriseCode: "91440784000000001X", description: "x"),
                                by: .department("centre", isDemandCentre: true), at: DemandTestSupport.step(0))
    }
}

/// When the three administrators' duties are separated (三员分立).
@Suite("Duty separation 三员分立")
struct DutySeparationTests {
    @Test("in force only when both a security officer and an auditor are active")
    func inForce() {
        #expect(DutySeparation.inForce(activeRoles: [Role.admin, .securityOfficer, .auditor]))
        #expect(DutySeparation.inForce(activeRoles: [Role.securityOfficer, .auditor]))
        #expect(!DutySeparation.inForce(activeRoles: [Role.admin, .securityOfficer]))
        #expect(!DutySeparation.inForce(activeRoles: [Role.admin, .auditor, .leader]))
        #expect(!DutySeparation.inForce(activeRoles: [Role]()))
    }
}
