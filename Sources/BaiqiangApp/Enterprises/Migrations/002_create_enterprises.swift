import Fluent
import SQLKit
import Vapor

struct CreateEnterprises: AsyncMigration {
    var name: String { "002_create_enterprises" }

    func prepare(on database: Database) async throws {
        try await database.schema(Enterprise.schema)
            .id()
            .field("credit_code", .string, .required)
            .field("name", .string, .required)
            .field("town_id", .uuid, .references(Town.schema, .id))
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "credit_code")
            .create()
        try await (database as? any SQLDatabase)?.create(index: "enterprises_town_id").on(Enterprise.schema)
            .column("town_id").run()
        try await (database as? any SQLDatabase)?.create(index: "enterprises_name").on(Enterprise.schema)
            .column("name").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Enterprise.schema).delete()
    }
}
