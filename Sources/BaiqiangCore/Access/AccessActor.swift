/// Who is asking, as every permission question needs it: the account's role and the unit it is
/// bound to. Pages, the API, Open311 and the command line all describe their caller with this
/// one value, so `Permissions` answers them all alike.
public struct AccessActor: Sendable, Hashable {
    public let role: Role
    /// The bound department's code (部门); plan items and KPIs name their owner by it.
    public let departmentCode: String?
    /// The bound town's code (镇街).
    public let townCode: String?
    /// The bound enterprise's unified social credit code (企业).
    public let creditCode: String?
    /// The parts the bound department plays (demand centre, land bureau, discipline office).
    public let designations: Set<UnitDesignation>
    /// Whether the bound department is the demand centre (诉求中心).
    public var isDemandCentre: Bool { designations.contains(.demandCentre) }
    /// Whether the county has separated the administrators' duties (`DutySeparation`).
    public let dutiesSeparated: Bool
    /// The grid (网格) a grid worker is bound to, by code.
    public let gridCode: String?

    public init(role: Role, departmentCode: String? = nil, townCode: String? = nil, creditCode: String? = nil,
                isDemandCentre: Bool = false, designations: Set<UnitDesignation> = [], dutiesSeparated: Bool = false, gridCode: String? = nil) {
        self.gridCode = gridCode
        self.role = role
        self.departmentCode = departmentCode
        self.townCode = townCode
        self.creditCode = creditCode
        self.designations = isDemandCentre ? designations.union([.demandCentre]) : designations
        self.dutiesSeparated = dutiesSeparated
    }

    public static let admin = AccessActor(role: .admin)
    public static let securityOfficer = AccessActor(role: .securityOfficer, dutiesSeparated: true)
    public static let auditor = AccessActor(role: .auditor, dutiesSeparated: true)
    public static let leader = AccessActor(role: .leader)
    public static func department(_ code: String, isDemandCentre: Bool = false, designations: Set<UnitDesignation> = []) -> AccessActor {
        AccessActor(role: .department, departmentCode: code, isDemandCentre: isDemandCentre, designations: designations)
    }
    public static func town(_ code: String) -> AccessActor { AccessActor(role: .town, townCode: code) }
    public static func enterprise(_ creditCode: String) -> AccessActor {
        AccessActor(role: .enterprise, creditCode: creditCode)
    }

    /// The code of the unit the role is bound to (`Role.requiredBinding`); nil for the
    /// administrators and leaders, and for an account whose binding is missing.
    public var bindingCode: String? {
        switch role.requiredBinding {
        case .department: departmentCode
        case .town: townCode
        case .enterprise: creditCode
        case nil: nil
        }
    }

    /// The slice of the county's data this actor reads.
    public var scope: AccessScope {
        AccessScope.of(role: role, townCode: townCode, creditCode: creditCode)
    }
}
