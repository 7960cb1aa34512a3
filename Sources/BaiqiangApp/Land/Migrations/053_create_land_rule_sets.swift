import Fluent
import SQLKit

/// A county's own low-efficiency rules, every version kept: the rules decide which parcels are
/// called low-efficiency, so what they said on a given day must stay readable.
struct CreateLandRuleSets: AsyncMigration {
    var name: String { "053_create_land_rule_sets" }

    func prepare(on database: any Database) async throws {
        try await database.schema(LandRuleSetRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("version", .int, .required)
            .field("yaml", .string, .required)
            .field("reason", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "county_code", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LandRuleSetRow.schema).delete()
    }
}
