import Foundation
import BaiqiangCore
import Fluent
import SQLKit

/// The visit plan becomes "N visits per period" per leader tier (`VisitQuota`) in place of "at
/// most N days between visits": a new table, each county's stored interval carried over as the
/// quota of the nearest rhythm (`VisitQuota(approximatingIntervalDays:)`: 90 days → once a
/// quarter, 30 → once a month), and the old table dropped. Reverting carries each quota back as
/// the days it spaces visits by.
struct ReshapeVisitPlansAsQuotas: AsyncMigration {
    var name: String { "093_reshape_visit_plans_as_quotas" }

    struct OldRow: Codable {
        var id: UUID
        var county_code: String
        var tier: String
        var interval_days: Int
    }

    struct NewRow: Codable {
        var id: UUID
        var county_code: String
        var tier: String
        var visits: Int
        var period: String
    }

    func prepare(on database: any Database) async throws {
        try await database.schema(VisitPlanRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("tier", .string, .required)
            .field("visits", .int, .required)
            .field("period", .string, .required)
            .unique(on: "county_code", "tier")
            .create()
        if let sql = database as? any SQLDatabase {
            let old = try await sql.select().columns("id", "county_code", "tier", "interval_days").from(CreateVisitPlans.table)
                .all(decoding: OldRow.self)
            for row in old {
                let quota = VisitQuota(approximatingIntervalDays: row.interval_days)
                try await sql.insert(into: VisitPlanRow.schema)
                    .model(NewRow(id: row.id, county_code: row.county_code, tier: row.tier, visits: quota.visits, period: quota.period.rawValue))
                    .run()
            }
        }
        try await database.schema(CreateVisitPlans.table).delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CreateVisitPlans.table)
            .id()
            .field("county_code", .string, .required)
            .field("tier", .string, .required)
            .field("interval_days", .int, .required)
            .unique(on: "county_code", "tier")
            .create()
        if let sql = database as? any SQLDatabase {
            let rows = try await sql.select().columns("id", "county_code", "tier", "visits", "period").from(VisitPlanRow.schema)
                .all(decoding: NewRow.self)
            for row in rows {
                let months = VisitPeriod(rawValue: row.period)?.months ?? 3
                let days = Int((Double(months) * 365.2425 / 12 / Double(max(1, row.visits))).rounded())
                try await sql.insert(into: CreateVisitPlans.table)
                    .model(OldRow(id: row.id, county_code: row.county_code, tier: row.tier, interval_days: max(1, days)))
                    .run()
            }
        }
        try await database.schema(VisitPlanRow.schema).delete()
    }
}
