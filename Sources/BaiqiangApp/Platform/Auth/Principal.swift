import BaiqiangCore
import Fluent
import Vapor

/// The signed-in account as every handler sees it, with the scope that narrows its queries.
public struct Principal: Authenticatable, Sendable {
    public enum Channel: Sendable { case session, token }

    public var userID: UUID
    public var username: String
    public var displayName: String
    public var role: Role
    public var departmentID: UUID?
    /// The bound department's code: plan items and KPIs name their owner by it.
    public var departmentCode: String?
    /// The parts the bound department plays (`UnitDesignation`).
    public var designations: Set<UnitDesignation> = []
    /// Whether the bound department is the demand centre (诉求中心).
    public var isDemandCentre: Bool {
        get { designations.contains(.demandCentre) }
        set { if newValue { designations.insert(.demandCentre) } else { designations.remove(.demandCentre) } }
    }
    public var townID: UUID?
    public var enterpriseID: UUID?
    public var scope: AccessScope
    public var channel: Channel
    /// The session's CSRF token; nil for bearer tokens, which are not sent by browsers unasked.
    public var csrfToken: String?
    /// The county the account belongs to (division code): every read is narrowed to it and every
    /// write is stamped with it.
    public var countyCode: String = CountyCode.heshan
    /// The account's own county; differs from `countyCode` only for a prefecture account looking
    /// into another county of its prefecture.
    public var homeCountyCode: String = CountyCode.heshan
    /// Whether the county's administrators' duties are separated (三员分立): asked only for a
    /// system administrator, the one role whose permissions it changes.
    public var dutiesSeparated = false
    /// The grid (网格) a grid worker is bound to, by code (`GridStore.binding`).
    public var gridCode: String?

    /// Builds the principal of `user`, resolving the codes its scope is expressed in.
    static func load(_ user: User, channel: Channel, csrfToken: String?, viewingCounty: String? = nil,
                     on db: any Database) async throws -> Principal {
        let accounts = AccountStore(db: db)
        let binding = try await accounts.binding(of: user)
        let department = binding.department
        let separated = user.role == .admin ? try await accounts.dutiesSeparated(in: user.countyCode) : true
        let county = user.role == .prefecture ? PrefectureReach.county(chosen: viewingCounty, home: user.countyCode, in: try PrefectureProfiles.installed())
            : user.countyCode
        let gridCode = user.role == .gridWorker ? try await GridStore.gridCode(of: try user.requireID(), in: user.countyCode, on: db) : nil
        return Principal(
            userID: try user.requireID(), username: user.username, displayName: user.displayName,
            role: user.role, departmentID: user.$department.id, departmentCode: department?.code,
            designations: department?.designations ?? [], townID: user.$town.id,
            enterpriseID: user.$enterprise.id,
            scope: AccessScope.of(role: user.role, townCode: binding.townCode, creditCode: binding.creditCode),
            channel: channel, csrfToken: csrfToken, countyCode: county, homeCountyCode: user.countyCode, dutiesSeparated: separated,
            gridCode: gridCode)
    }

    /// The account as `Permissions` sees it.
    public var actor: AccessActor {
        var townCode: String?, creditCode: String?
        switch scope {
        case .town(let code): townCode = code
        case .enterprise(let code): creditCode = code
        case .county, .nothing: break
        }
        return AccessActor(role: role, departmentCode: departmentCode, townCode: townCode, creditCode: creditCode,
                           designations: designations, dutiesSeparated: dutiesSeparated, gridCode: gridCode)
    }

    public var permissions: Permissions { Permissions(actor) }
}

extension Principal {
    /// A county as a whole, for the aggregate figures the system computes itself (the plan's
    /// computed KPIs) and for work the system does in it: sees every row of that county and no
    /// single one is shown.
    static func countyWide(of countyCode: String) -> Principal {
        Principal(
            userID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, username: "system", displayName: "system",
            role: .leader, departmentID: nil, departmentCode: nil, townID: nil, enterpriseID: nil, scope: .county,
            channel: .token, csrfToken: nil, countyCode: countyCode)
    }
}

extension Request {
    var principal: Principal? { auth.get(Principal.self) }

    /// The county this request reads and writes: the signed-in account's, else the installation's
    /// (public pages and Open311).
    var countyCode: String { principal?.countyCode ?? appEnvironment.reference.countyCode }

    /// The principal, or 401 (API) / redirect to login (pages, handled by the error middleware).
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw Abort(.unauthorized) }
        return principal
    }

    /// The principal if `Permissions` allow it the action, else the refusal (403).
    func requirePermission(_ action: Permissions.Action) throws -> Principal {
        let principal = try requirePrincipal()
        try principal.permissions.require(action)
        return principal
    }
}
