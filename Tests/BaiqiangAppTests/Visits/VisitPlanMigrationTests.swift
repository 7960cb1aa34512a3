import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

/// The visit plan's move from "days between visits" to "visits per period" keeps what each
/// county had set, as the nearest rhythm, and can be reverted.
@Suite("Visit plan migration 093")
struct VisitPlanMigrationTests {
    struct OldRow: Codable {
        var id: UUID
        var county_code: String
        var tier: String
        var interval_days: Int
    }

    @Test("Stored intervals become quotas (30 days: once a month; 180: once a half-year); reverting gives back days")
    func carriesStoredIntervals() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let migration = ReshapeVisitPlansAsQuotas()
            try await migration.revert(on: app.db)
            for (index, (tier, days)) in [("city", 30), ("town", 180)].enumerated() {
                try await sql.insert(into: CreateVisitPlans.table)
                    .model(OldRow(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000\(index + 1)")!,
                                  county_code: CountyCode.heshan, tier: tier, interval_days: days)).run()
            }
            try await migration.prepare(on: app.db)
            let plan = try await VisitsStore.plan(on: app.db, county: CountyCode.heshan)
            #expect(plan.quota(.city) == VisitQuota(visits: 1, period: .month))
            #expect(plan.quota(.town) == VisitQuota(visits: 1, period: .halfYear))
            try await migration.revert(on: app.db)
            let back = try await sql.select().columns("id", "county_code", "tier", "interval_days").from(CreateVisitPlans.table)
                .all(decoding: OldRow.self)
            #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.tier, $0.interval_days) }) == ["city": 30, "town": 183])
            try await migration.prepare(on: app.db)
        }
    }
}
