import Fluent
import Vapor

struct CreatePlans: AsyncMigration {
    var name: String { "005_create_plans" }

    func prepare(on database: Database) async throws {
        try await database.schema(PlanRecord.schema)
            .id()
            .field("code", .string, .required)
            .field("document", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PlanRecord.schema).delete()
    }
}
