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

/// Demo accounts, one per role, on a database that has no accounts yet. The enterprise account
/// needs a firm to belong to: two demo firms are made, named as demo data so nobody takes them
/// for real ones.
enum DemoSeed {
    static let demoFirms: [(body: String, zh: String, town: String)] = [
        ("91440784000000001", "演示企业甲（演示数据）", "shaping"),
        ("91440784000000002", "演示企业乙（演示数据）", "gonghe"),
    ]

    static func seedIfEmpty(_ app: Application) async throws -> [DemoAccount] {
        guard try await User.query(on: app.db).count() == 0 else { return [] }
        let writer = app.writer(as: .system)
        let codes = try await writer.transaction { db, audit in
            var codes: [String] = []
            for firm in demoFirms {
                guard let code = CreditCode.completing(firm.body) else { continue }
                codes.append(code)
                if try await Enterprise.query(on: db).filter(\.$creditCode == code).count() > 0 { continue }
                let town = try await Town.query(on: db).filter(\.$code == firm.town).first()
                let enterprise = Enterprise(creditCode: code, name: firm.zh, townID: town?.id, isDemo: true)
                try await enterprise.create(on: db)
                try await audit.record("enterprise.create", entity: "enterprise", id: code,
                                       before: nil as EnterpriseSnapshot?, after: EnterpriseSnapshot(enterprise, townCode: firm.town))
            }
            return codes
        }
        let department = try await Department.query(on: app.db).filter(\.$isDemandCentre == false).sort(\.$code).first()?.code
        let town = try await Town.query(on: app.db).sort(\.$code).first()?.code
        let plan: [(String, Role, String?)] = [
            ("admin", .admin, nil),
            ("leader", .leader, nil),
            ("department", .department, try await Department.query(on: app.db).filter(\.$code == "gxj").first()?.code ?? department),
            ("town", .town, try await Town.query(on: app.db).filter(\.$code == "shaping").first()?.code ?? town),
            ("enterprise", .enterprise, codes.first),
        ]
        let admin = UserAdministration(writer: writer, hasher: app.password)
        var accounts: [DemoAccount] = []
        for (username, role, binding) in plan {
            let password = Secrets.randomPassword()
            try await admin.create(.init(username: username, displayName: nil, role: role, binding: binding, password: password))
            accounts.append(DemoAccount(username: username, role: role, binding: binding, password: password))
        }
        return accounts
    }
}
