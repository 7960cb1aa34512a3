import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demo visits: generated through the stores, flagged and labelled 演示数据, never counted as real")
struct DemoVisitsTests {
    @Test("serve --demo links generated firms to the demo leader and records visits to them, all demo; coverage ignores them")
    func seeded() async throws {
        try await withTestApp(demo: true) { app in
            let visits = try await Visit.query(on: app.db).all()
            #expect(!visits.isEmpty && visits.allSatisfy(\.isDemo))
            let linked = try await Enterprise.query(on: app.db).filter(\.$cityLeaderID != nil).all()
            #expect(!linked.isEmpty && linked.allSatisfy(\.isDemo))
            #expect(Set(visits.map(\.enterpriseID)).isSubset(of: Set(linked.compactMap(\.id))))
            let today = PlanDate(shanghai: app.appEnvironment.now)
            let kpi = try #require(try DefaultPlan.load(now: today).allKPIs.first)
            #expect(try await VisitsKPIProvider(db: app.db, county: CountyCode.heshan).readings(for: kpi, asOf: today).observations.isEmpty)
        }
    }
}
