import Foundation
import Testing
@testable import BaiqiangCore

/// A small county for the demand tests: a centre, two bureaus, a town, a firm.
enum DemandTestSupport {
    static let categories: DemandCategoryCatalog = {
        if let catalog = try? DemandCategoryCatalog.bundled() { return catalog }
        // As for the calendar: the source tree's copy, so only `BundledResourceTests` fails.
        let file = CalendarTestSupport.sourceResources("demands").appendingPathComponent("categories.yaml")
        return try! DemandCategoryCatalog(yaml: (try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }()
    static let workflow = DemandWorkflow(calendar: CalendarTestSupport.bundled, categories: categories)

    static let firmCode = "91440784MA4UABCD1X"
    static let centre = DemandActor.department("centre", isDemandCentre: true)
    /// 工信局, the bureau demands are assigned to.
    static let bureau = DemandActor.department("gxj")
    static let otherBureau = DemandActor.department("zrzyj")
    static let town = DemandActor.town("shaping")
    static let firm = DemandActor.enterprise(firmCode)
    static let otherFirm = DemandActor.enterprise("91440784MA4UZZZZ9Y")

    /// Friday before the 2025 National Day holiday.
    static let received = CalendarTestSupport.at("2025-09-26T09:00:00+08:00")

    /// An hour after receipt for each step, so every step is timely.
    static func step(_ n: Int) -> Date {
        received.addingTimeInterval(TimeInterval(n * 3600))
    }

    static func submitted(category: String = "12345-help") -> DemandState {
        try! workflow.submit(
            DemandSubmission(categoryCode: category, enterpriseCode: firmCode, townCode: "shaping",
                             description: "用电报装进度慢，请协调"),
            by: firm, at: received)
    }

    /// A demand brought to a status by the workflow itself, handled by 工信局.
    static func demand(in status: DemandStatus, category: String = "12345-help") -> DemandState {
        let path: [(DemandAction, DemandActor)]
        let accept: [(DemandAction, DemandActor)] = [(.accept, centre)]
        let assign = accept + [(.assign(.department("gxj")), centre)]
        let respond = assign + [(.respond(answer: "已联系供电局"), bureau)]
        let resolve = respond + [(.resolve(summary: "已通电"), bureau)]
        switch status {
        case .submitted: path = []
        case .accepted: path = accept
        case .assigned: path = assign
        case .returned: path = assign + [(.returnToCentre(reason: "不属于本部门职责"), bureau)]
        case .responded: path = respond
        case .resolved: path = resolve
        case .unsatisfied: path = resolve + [(.returnVisit(.unsatisfied), centre)]
        case .closed: path = resolve + [(.returnVisit(.satisfied), centre)]
        }
        var demand = submitted(category: category)
        for (index, (action, actor)) in path.enumerated() {
            demand = try! workflow.apply(action, by: actor, at: step(index + 1), to: demand)
        }
        #expect(demand.status == status)
        return demand
    }

    /// An action of each kind with a sensible payload.
    static func sampleAction(_ kind: DemandActionKind, for demand: DemandState) -> DemandAction {
        switch kind {
        case .accept: .accept
        case .assign: .assign(.department("gxj"))
        case .reassign: .reassign(demand.handler == .department("fgj") ? .department("gxj") : .department("fgj"), reason: "职责属于发改局")
        case .returnToCentre: .returnToCentre(reason: "不属于本部门职责")
        case .respond: .respond(answer: "已受理，正在协调")
        case .proposeSolution: .proposeSolution("协调供电局优先排期")
        case .resolve: .resolve(summary: "已解决")
        case .returnVisit: .returnVisit(.satisfied)
        case .redo: .redo(reason: "企业不满意")
        case .closeUnsatisfied: .closeUnsatisfied(reason: "诉求超出政策范围")
        case .requestExtension:
            .requestExtension(until: demand.deadlines.closure.addingTimeInterval(5 * 86_400), reason: "需跨部门协调")
        case .approveExtension: .approveExtension
        case .refuseExtension: .refuseExtension(reason: "时限内可以办结")
        case .urge: .urge(note: "请加快办理")
        case .escalate: .escalate(toLeader: "leader-zhang")
        }
    }

    /// Someone who may do the action on a demand handled by 工信局.
    static func performer(of kind: DemandActionKind) -> DemandActor {
        let performers = DemandTransitionRule.rule(for: kind).performers
        if performers.contains(.handler) { return bureau }
        if performers.contains(.centre) { return centre }
        return .leader
    }

    /// An account of the role, bound as the tests' county binds it.
    static func actor(of role: Role) -> DemandActor {
        switch role {
        case .admin: .admin
        case .securityOfficer: .securityOfficer
        case .auditor: .auditor
        case .leader: .leader
        case .department: bureau
        case .town: town
        case .enterprise: firm
        case .prefecture: AccessActor(role: .prefecture)
        case .supervisor: AccessActor(role: .supervisor)
        case .gridWorker: AccessActor(role: .gridWorker, gridCode: "shaping-01")
        }
    }
}
