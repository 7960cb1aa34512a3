import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("Visit coverage KPI: linked firms visited this quarter, real records only")
struct VisitsKPIProviderTests {
    @Test("One of two linked firms visited this quarter is 50%; last quarter's and demo visits do not count")
    func coverage() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (leader, shaping, gonghe) = try await VisitsTests.world(app)
            let principal = try await Principal.load(leader, channel: .session, csrfToken: nil, on: app.db)
            let store = VisitsStore(db: app.db, principal: principal)
            try await store.record([VisitRecord(creditCode: shaping, leaderUsername: "lishi", date: PlanDate("2026-04-01")!)], writer: app.writer(as: .system))
            try await store.record([VisitRecord(creditCode: gonghe, leaderUsername: "lishi", date: PlanDate("2026-03-31")!)], writer: app.writer(as: .system))
            try await store.record([VisitRecord(creditCode: gonghe, leaderUsername: "lishi", date: PlanDate("2026-05-01")!)], isDemo: true,
                                   writer: app.writer(as: .system))
            let today = PlanDate("2026-05-20")!
            let kpi = try #require(try DefaultPlan.load(now: today).allKPIs.first)
            let readings = try await VisitsKPIProvider(db: app.db, county: CountyCode.heshan).readings(for: kpi, asOf: today)
            #expect(readings.observations.map(\.value) == [50])
            #expect(readings.observations.first?.date == today)
        }
    }
}
