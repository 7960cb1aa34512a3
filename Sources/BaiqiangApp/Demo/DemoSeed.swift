import BaiqiangCore
import Fluent
import Vapor

/// A demo account made by `serve --demo`, with the password shown once on the console.
public struct DemoAccount: Sendable {
    public var username: String
    public var role: Role
    public var binding: String?
    public var password: String
}

/// Demo data for `serve --demo` on an empty database: the generated demo county in the registry
/// (Core's `DemoCounty`, default size and seed) and one account per role, the enterprise account
/// bound to a generated firm. Everything generated is labelled demo data.
enum DemoSeed {
    static let defaultSeed: UInt64 = 2022

    static func seedIfEmpty(_ app: Application) async throws -> [DemoAccount] {
        let county = app.appEnvironment.reference.countyCode
        guard try await User.query(on: app.db).count() == 0 else { return [] }
        if try await Enterprise.query(on: app.db, county: county).count() == 0 {
            _ = try await DemoRegistry.fill(app, firms: DemoCounty.defaultFirmCount, seed: defaultSeed, actor: .system)
        }
        try await DemoLand.fillIfEmpty(app, seed: defaultSeed, actor: .system)
        try await DemoProjectsSeed.fillIfEmpty(app, seed: defaultSeed, actor: .system)
        let firm = try await Enterprise.query(on: app.db, county: county).filter(\.$isDemo == true)
            .group(.or) { $0.filter(\.$namedInPlan == nil).filter(\.$namedInPlan == false) }
            .sort(\.$creditCode).first()?.creditCode
        let department = try await Department.query(on: app.db, county: county).filter(\.$isDemandCentre == false).sort(\.$code).first()?.code
        let town = try await Town.query(on: app.db, county: county).sort(\.$code).first()?.code
        let plan: [(String, Role, String?)] = [
            ("admin", .admin, nil),
            ("security", .securityOfficer, nil),
            ("auditor", .auditor, nil),
            ("leader", .leader, nil),
            ("department", .department, try await Department.query(on: app.db, county: county).filter(\.$code == "gxj").first()?.code ?? department),
            ("town", .town, try await Town.query(on: app.db, county: county).filter(\.$code == "shaping").first()?.code ?? town),
            ("enterprise", .enterprise, firm),
            ("prefecture", .prefecture, nil),
        ] + DemoGridSeed.workers.map { ($0.username, Role.gridWorker, nil) }
        let admin = UserAdministration(writer: app.writer(as: .system), hasher: app.password)
        var accounts: [DemoAccount] = []
        for (username, role, binding) in plan {
            let password = Secrets.randomPassword(from: app.appEnvironment)
            try await admin.create(.init(username: username, displayName: nil, role: role, binding: binding, password: password))
            accounts.append(DemoAccount(username: username, role: role, binding: binding, password: password))
        }
        try await DemoVisitsSeed.fillIfEmpty(app, leader: "leader", seed: defaultSeed, actor: .system)
        accounts += try await DemoSupervisionSeed.fill(app, admin: admin) { Secrets.randomPassword(from: app.appEnvironment) }
        try await DemoGridSeed.fillIfEmpty(app, seed: defaultSeed, actor: .system)
        return accounts
    }
}
