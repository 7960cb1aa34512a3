/// The kinds of account (DESIGN.md "Who uses it").
public enum Role: String, Sendable, CaseIterable, Codable {
    /// 管理员: users, methods, calendars, imports.
    case admin
    /// 领导: the cockpit and everything linked to it.
    case leader
    /// 部门 (工信局, 自然资源局 …): their registers and the demands routed to them.
    case department
    /// 镇街: the firms, parcels and demands of one town.
    case town
    /// 企业: its own record only.
    case enterprise

    public var label: BilingualText {
        switch self {
        case .admin: BilingualText(zh: "管理员", en: "Administrator")
        case .leader: BilingualText(zh: "领导", en: "Leader")
        case .department: BilingualText(zh: "部门", en: "Department")
        case .town: BilingualText(zh: "镇街", en: "Town")
        case .enterprise: BilingualText(zh: "企业", en: "Enterprise")
        }
    }

    /// The binding an account of this role must carry, if any.
    public var requiredBinding: BindingKind? {
        switch self {
        case .admin, .leader: nil
        case .department: .department
        case .town: .town
        case .enterprise: .enterprise
        }
    }
}

/// What an account is bound to: the unit whose data it works on.
public enum BindingKind: String, Sendable, Codable {
    case department, town, enterprise
}
