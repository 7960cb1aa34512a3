import Fluent

/// A reference county's figure is a regional figure and is kept in the same row type, which
/// carries the demo flag (演示数据); every figure stored before was typed in or imported by a
/// county, so none is demo.
struct AddReferenceFigureDemoFlag: AsyncMigration {
    var name: String { "076_add_reference_figure_demo_flag" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReferenceFigureRow.schema).field("is_demo", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferenceFigureRow.schema).deleteField("is_demo").update()
    }
}
