import Fluent
import SQLKit

/// Special supervisors' appointments (特约监督员): one per account and county.
struct CreateSupervisors: AsyncMigration {
    var name: String { "095_create_supervisors" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Supervisor.schema)
            .id()
            .field("county_code", .string, .required)
            .field("user_id", .uuid, .required)
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("term_start", .string, .required)
            .field("term_end", .string, .required)
            .field("is_demo", .bool, .required)
            .unique(on: "county_code", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Supervisor.schema).delete()
    }
}
