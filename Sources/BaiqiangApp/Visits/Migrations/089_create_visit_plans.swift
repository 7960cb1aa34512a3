import Fluent
import SQLKit

/// Each county's visit interval per leader tier (走访计划), as data.
struct CreateVisitPlans: AsyncMigration {
    var name: String { "089_create_visit_plans" }
    /// Its own table's name: the plan moved to another table (093), whose model names that one.
    static let table = "visit_plans"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("county_code", .string, .required)
            .field("tier", .string, .required)
            .field("interval_days", .int, .required)
            .unique(on: "county_code", "tier")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }
}
