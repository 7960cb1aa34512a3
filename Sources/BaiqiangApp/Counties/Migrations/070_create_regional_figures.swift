import Fluent
import SQLKit

/// The published figures of a prefecture's county-level units. A correction adds a row and
/// retires the one it corrects, so the history of a figure is kept.
struct CreateRegionalFigures: AsyncMigration {
    var name: String { "070_create_regional_figures" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RegionalFigureRow.schema)
            .id()
            .field("prefecture_code", .string, .required)
            .field("unit_code", .string, .required)
            .field("indicator", .string, .required)
            .field("period", .string, .required)
            .field("value", .double)
            .field("growth_percent", .double)
            .field("publisher", .string)
            .field("title", .string)
            .field("published_on", .string)
            .field("address", .string)
            .field("read_from_copy", .bool, .required)
            .field("correction_reason", .string)
            .field("is_current", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "regional_figures_lookup").on(RegionalFigureRow.schema)
            .column("prefecture_code").column("indicator").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegionalFigureRow.schema).delete()
    }
}
