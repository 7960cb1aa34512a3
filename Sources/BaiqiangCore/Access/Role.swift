/// The kinds of account (DESIGN.md "Who uses it").
public enum Role: String, Sendable, CaseIterable, Codable {
    /// 系统管理员: configuration, imports, methods, calendars. Accounts and the audit log belong
    /// to the two roles below once a county has them (三员分立, see `DutySeparation`).
    case admin
    /// 安全管理员: accounts, second factors, lock-outs.
    case securityOfficer = "security_officer"
    /// 审计管理员: reads, exports and verifies the audit log.
    case auditor
    /// 领导: the cockpit and everything linked to it.
    case leader
    /// 部门 (工信局, 自然资源局 …): their registers and the demands routed to them.
    case department
    /// 镇街: the firms, parcels and demands of one town.
    case town
    /// 企业: its own record only.
    case enterprise
    /// 市级: the prefecture's view of its counties, one at a time, read-only (`PrefectureReach`).
    case prefecture
    /// 特约监督员: an appointed outsider who reports conduct that harms the business environment
    /// to the discipline office, and reads only their own reports.
    case supervisor
    /// 网格员: reports and follows the events of the one grid (网格) it is bound to, and nothing
    /// else of the county's data. The grid and its team live with the grid capability.
    case gridWorker = "grid_worker"

    public var label: BilingualText {
        switch self {
        case .admin: BilingualText(zh: "系统管理员", en: "System administrator")
        case .securityOfficer: BilingualText(zh: "安全管理员", en: "Security officer")
        case .auditor: BilingualText(zh: "审计管理员", en: "Auditor")
        case .leader: BilingualText(zh: "领导", en: "Leader")
        case .department: BilingualText(zh: "部门", en: "Department")
        case .town: BilingualText(zh: "镇街", en: "Town")
        case .enterprise: BilingualText(zh: "企业", en: "Enterprise")
        case .prefecture: BilingualText(zh: "市级", en: "Prefecture")
        case .supervisor: BilingualText(zh: "特约监督员", en: "Special supervisor")
        case .gridWorker: BilingualText(zh: "网格员", en: "Grid worker")
        }
    }

    /// The binding an account of this role must carry, if any.
    public var requiredBinding: BindingKind? {
        switch self {
        case .admin, .securityOfficer, .auditor, .leader, .prefecture, .supervisor, .gridWorker: nil
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
