/// Who is acting on a demand: the account's role, the unit it is bound to, and whether that unit
/// is the demand centre (诉求中心) — the `AccessActor` every permission question takes.
public typealias DemandActor = AccessActor

extension AccessActor {
    /// Acts for the demand centre: an admin, or an account of the centre department.
    public var isCentre: Bool {
        Permissions(self).allows(.routeDemands)
    }
}

/// The parties a transition can be open to; each is a role, narrowed to the right unit.
public enum DemandPerformer: String, Sendable, Hashable, Codable, CaseIterable {
    /// 诉求中心: admin, or the department flagged as the centre.
    case centre
    /// 承办单位: the department or town the demand is assigned to.
    case handler
    /// 领导
    case leader
    /// 提交企业: the enterprise that raised the demand.
    case submitter

    /// The roles that can act as this party.
    public var roles: Set<Role> { roles(centre: .demandCentre) }

    /// The roles that can act as this party when `centre` says who the centre is.
    public func roles(centre: WorkflowCentre) -> Set<Role> {
        switch self {
        case .centre: centre == .demandCentreOrRecordTown ? [.admin, .department, .town] : [.admin, .department]
        case .handler: [.department, .town]
        case .leader: [.leader]
        case .submitter: [.enterprise]
        }
    }

    public var label: BilingualText {
        switch self {
        case .centre: BilingualText(zh: "诉求中心（或管理员）", en: "the demand centre (or an admin)")
        case .handler: BilingualText(zh: "承办部门或镇街", en: "the handling department or town")
        case .leader: BilingualText(zh: "领导", en: "a leader")
        case .submitter: BilingualText(zh: "提交诉求的企业", en: "the enterprise that raised it")
        }
    }

    /// Whether the actor is this party for the demand.
    func admits(_ actor: DemandActor, on demand: DemandState, centre: WorkflowCentre = .demandCentre) -> Bool {
        switch self {
        case .centre:
            if actor.isCentre { return true }
            guard centre == .demandCentreOrRecordTown, actor.role == .town, let town = actor.townCode else { return false }
            return town == demand.townCode
        case .handler:
            guard let handler = demand.handler, let code = actor.bindingCode else { return false }
            let kindMatches = (handler.kind == .department && actor.role == .department)
                || (handler.kind == .town && actor.role == .town)
            return kindMatches && handler.code == code
        case .leader:
            return actor.role == .leader
        case .submitter:
            return actor.role == .enterprise && actor.bindingCode == demand.enterpriseCode
        }
    }
}

/// Who acts as the centre of a workflow (签收, 交办, 回访, 重办).
public enum WorkflowCentre: Sendable, Hashable {
    /// The demand centre (诉求中心) or an admin: enterprise demands.
    case demandCentre
    /// The demand centre, an admin, or the account of the record's own town: records a town keeps
    /// for its own area, such as the events its grid workers report (网格事件).
    case demandCentreOrRecordTown
}
