import Fluent

/// Generated figures of a demo prefecture (演示数据) stored beside the published ones, flagged so
/// every page labels them and a real figure replaces them.
struct AddRegionalFigureDemoFlag: AsyncMigration {
    var name: String { "072_add_regional_figure_demo_flag" }

    func prepare(on database: Database) async throws {
        try await database.schema(RegionalFigureRow.schema).field("is_demo", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RegionalFigureRow.schema).deleteField("is_demo").update()
    }
}
