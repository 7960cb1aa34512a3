import Fluent

/// The day a started project was entered in the statistics database (入库), for its light.
struct AddProjectStatisticsEntry: AsyncMigration {
    var name: String { "064_add_project_statistics_entry" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Project.schema).field("statistics_entry_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Project.schema).deleteField("statistics_entry_on").update()
    }
}
