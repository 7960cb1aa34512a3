import BaiqiangCore
import Fluent
import Vapor

/// The demo's discipline office account, special supervisors and their reports in every state
/// (Core's `DemoSupervision`), made through the stores and flagged as demo data (演示数据), where
/// the county has a discipline office and no supervisors yet.
enum DemoSupervisionSeed {
    static func fill(_ app: Application, admin: UserAdministration, password: () -> String) async throws -> [DemoAccount] {
        let writer = app.writer(as: .system)
        let county = writer.countyCode
        guard let office = try await SupervisionStore.disciplineOffice(on: app.db, county: county),
              try await !SupervisionStore.hasSupervisors(on: app.db, county: county) else { return [] }
        var accounts: [DemoAccount] = []
        let officePassword = password()
        let officeUser = try await admin.create(.init(username: "discipline", displayName: nil, role: .department, binding: office.code,
                                                      password: officePassword))
        accounts.append(DemoAccount(username: "discipline", role: .department, binding: office.code, password: officePassword))
        let officePrincipal = try await Principal.load(officeUser, channel: .token, csrfToken: nil, on: app.db)
        let officeStore = SupervisionStore(db: app.db, principal: officePrincipal)
        var principals: [String: Principal] = [:]
        let now = app.appEnvironment.now
        let today = PlanDate(shanghai: now)
        for supervisor in DemoSupervision.supervisors(today: today) {
            let secret = password()
            let user = try await admin.create(.init(username: supervisor.username, displayName: supervisor.name, role: .supervisor,
                                                    binding: nil, password: secret))
            accounts.append(DemoAccount(username: supervisor.username, role: .supervisor, binding: nil, password: secret))
            _ = try await officeStore.appoint(username: supervisor.username, name: supervisor.name, unit: supervisor.unit,
                                              start: supervisor.start, end: supervisor.end, isDemo: true, writer: writer)
            principals[supervisor.username] = try await Principal.load(user, channel: .token, csrfToken: nil, on: app.db)
        }
        let units = try await SupervisionStore(db: app.db, principal: .countyWide(of: county)).units()
        let departments = units.compactMap { unit -> String? in
            guard case .department(let code)? = ConcernedUnit(unit.unit), code != office.code else { return nil }
            return code
        }
        let towns = units.compactMap { unit -> String? in
            guard case .town(let code)? = ConcernedUnit(unit.unit) else { return nil }
            return code
        }
        let types = try SupervisionReportTypes.bundled()
        for report in DemoSupervision.reports(departments: departments, towns: towns) {
            guard let principal = principals[report.supervisor] else { continue }
            let occurred = PlanDate(shanghai: now.addingTimeInterval(-Double(report.daysAgo) * 86_400))
            let draft = SupervisionReportDraft(typeCode: report.typeCode, unit: report.unit, occurredOn: occurred.description,
                                               description: report.description)
            let row = try await SupervisionStore(db: app.db, principal: principal).file(draft, types: types, isDemo: true, writer: writer)
            for step in report.steps {
                _ = try await officeStore.handle(id: try row.requireID(), step: step, on: today, writer: writer)
            }
        }
        return accounts
    }
}
