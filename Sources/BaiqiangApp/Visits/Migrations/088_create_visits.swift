import Fluent
import SQLKit

/// Leaders' visits to their linked firms (走访), indexed for a firm's last visit, a leader's
/// visits and the quarter's coverage.
struct CreateVisits: AsyncMigration {
    var name: String { "088_create_visits" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Visit.schema)
            .id()
            .field("county_code", .string, .required)
            .field("enterprise_id", .uuid, .required)
            .field("credit_code", .string, .required)
            .field("town_id", .uuid)
            .field("leader_id", .uuid, .required)
            .field("leader_name", .string, .required)
            .field("visit_date", .string, .required)
            .field("participants", .string)
            .field("firm_said", .string)
            .field("risk_flags", .string, .required)
            .field("demand_number", .string)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "visits_county_firm_date").on(Visit.schema).column("county_code").column("enterprise_id").column("visit_date").run()
        try await sql.create(index: "visits_county_leader").on(Visit.schema).column("county_code").column("leader_id").run()
        try await sql.create(index: "visits_county_date").on(Visit.schema).column("county_code").column("visit_date").run()
        try await sql.create(index: "visits_town").on(Visit.schema).column("town_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Visit.schema).delete()
    }
}
