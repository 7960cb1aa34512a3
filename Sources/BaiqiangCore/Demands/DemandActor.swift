/// Who is acting on a demand: a role, the unit the account is bound to, and whether that unit is
/// the demand centre (诉求中心, a department flagged as such).
public struct DemandActor: Sendable, Hashable {
    public let role: Role
    /// The department code, town code or unified social credit code the account is bound to
    /// (`Role.requiredBinding`); nil for admins and leaders.
    public let bindingCode: String?
    public let isDemandCentre: Bool

    public init(role: Role, bindingCode: String? = nil, isDemandCentre: Bool = false) {
        self.role = role
        self.bindingCode = bindingCode
        self.isDemandCentre = isDemandCentre
    }

    public static let admin = DemandActor(role: .admin)
    public static let leader = DemandActor(role: .leader)
    public static func department(_ code: String, isDemandCentre: Bool = false) -> DemandActor {
        DemandActor(role: .department, bindingCode: code, isDemandCentre: isDemandCentre)
    }
    public static func town(_ code: String) -> DemandActor { DemandActor(role: .town, bindingCode: code) }
    public static func enterprise(_ creditCode: String) -> DemandActor {
        DemandActor(role: .enterprise, bindingCode: creditCode)
    }

    /// Acts for the demand centre: an admin, or an account of the centre department.
    public var isCentre: Bool {
        role == .admin || (role == .department && isDemandCentre)
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
    public var roles: Set<Role> {
        switch self {
        case .centre: [.admin, .department]
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
    func admits(_ actor: DemandActor, on demand: DemandState) -> Bool {
        switch self {
        case .centre:
            return actor.isCentre
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
