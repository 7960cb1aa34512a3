import BaiqiangCore
import Fluent
import Vapor

/// Links a dozen generated firms to the demo leader account and records Core's generated visits
/// to them (`DemoVisits`), through the stores and flagged as demo data, where the county has none.
enum DemoVisitsSeed {
    static func fillIfEmpty(_ app: Application, leader username: String, seed: UInt64, actor: AuditActor) async throws {
        let writer = app.writer(as: actor)
        let county = writer.countyCode
        guard try await !VisitsStore.hasDemoVisits(on: app.db, county: county) else { return }
        let leader = try await AccountStore(db: app.db).leader(username: username, in: county)
        let principal = try await Principal.load(leader, channel: .token, csrfToken: nil, on: app.db)
        let firms = EnterpriseStore(db: app.db, principal: .countyWide(of: county))
        let codes = try await firms.unlinkedDemoFirms(limit: 12)
        try await firms.linkDemoFirms(codes, to: leader, writer: writer)
        let visits = DemoVisits.generate(firms: codes, leader: username, today: PlanDate(shanghai: app.appEnvironment.now), seed: seed)
        try await VisitsStore(db: app.db, principal: principal).record(visits, isDemo: true, writer: writer)
    }
}
