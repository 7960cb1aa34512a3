import Fluent

/// Towns and departments, the units accounts and records are bound to.
struct CreateOrganisation: AsyncMigration {
    var name: String { "001_create_organisation" }

    func prepare(on database: Database) async throws {
        try await database.schema(Town.schema)
            .id()
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .unique(on: "code")
            .create()
        try await database.schema(Department.schema)
            .id()
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("is_demand_centre", .bool, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Department.schema).delete()
        try await database.schema(Town.schema).delete()
    }
}
