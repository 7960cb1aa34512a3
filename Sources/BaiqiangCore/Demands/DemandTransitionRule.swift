/// One row of the demand workflow (诉求流转规则): an action, the states it may start from, where
/// it leads, and who may do it. The table is the single statement of the workflow; pages show it
/// and `DemandWorkflow` enforces it.
public struct DemandTransitionRule: Sendable, Hashable {
    public let action: DemandActionKind
    public let from: Set<DemandStatus>
    /// Where the action leads; empty when it records something and the state stays (催办, 延期).
    /// 回访 has two outcomes, chosen by the satisfaction given.
    public let to: [DemandStatus]
    public let performers: Set<DemandPerformer>

    /// The roles that may do it, whatever unit they belong to.
    public var roles: Set<Role> { roles(centre: .demandCentre) }

    /// The roles that may do it when `centre` says who the centre is.
    public func roles(centre: WorkflowCentre) -> Set<Role> {
        performers.reduce(into: Set<Role>()) { $0.formUnion($1.roles(centre: centre)) }
    }
}

extension DemandTransitionRule {
    static let open: Set<DemandStatus> = Set(DemandStatus.allCases.filter(\.isOpen))
    static let withHandler: Set<DemandStatus> = [.assigned, .responded]
    /// Before the handling unit has resolved it: the only time a deadline can be missed.
    static let unresolved: Set<DemandStatus> = [.submitted, .accepted, .assigned, .returned, .responded]

    /// The workflow: submitted → accepted → assigned → responded → resolved → (回访) closed, with
    /// 退单 back to the centre, 重办 after an unsatisfied visit, and 延期, 催办, 督办 on the side.
    public static let all: [DemandTransitionRule] = [
        .init(action: .accept, from: [.submitted], to: [.accepted], performers: [.centre]),
        .init(action: .assign, from: [.accepted, .returned], to: [.assigned], performers: [.centre]),
        .init(action: .reassign, from: withHandler, to: [.assigned], performers: [.centre]),
        .init(action: .returnToCentre, from: [.assigned], to: [.returned], performers: [.handler]),
        .init(action: .respond, from: [.assigned], to: [.responded], performers: [.handler]),
        .init(action: .proposeSolution, from: [.responded], to: [], performers: [.handler]),
        .init(action: .resolve, from: [.responded], to: [.resolved], performers: [.handler]),
        .init(action: .returnVisit, from: [.resolved], to: [.closed, .unsatisfied], performers: [.centre]),
        .init(action: .redo, from: [.unsatisfied], to: [.assigned], performers: [.centre]),
        .init(action: .closeUnsatisfied, from: [.unsatisfied], to: [.closed], performers: [.centre]),
        .init(action: .requestExtension, from: withHandler, to: [], performers: [.handler]),
        .init(action: .approveExtension, from: withHandler, to: [], performers: [.centre]),
        .init(action: .refuseExtension, from: withHandler, to: [], performers: [.centre]),
        .init(action: .urge, from: open, to: [], performers: [.centre, .leader]),
        .init(action: .escalate, from: unresolved, to: [], performers: [.centre]),
    ]

    public static func rule(for action: DemandActionKind) -> DemandTransitionRule {
        // Every kind has exactly one row; the tests check the table covers them all.
        all.first { $0.action == action }!
    }
}
