import Fluent
import SQLKit

/// The published figures of a county's reference counties. A correction adds a row and retires
/// the one it corrects, so the history of a figure is kept.
struct CreateReferenceCountyFigures: AsyncMigration {
    var name: String { "074_create_reference_county_figures" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReferenceFigureRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("reference_name", .string, .required)
            .field("indicator", .string, .required)
            .field("period", .string, .required)
            .field("value", .double)
            .field("growth_percent", .double)
            .field("publisher", .string, .required)
            .field("title", .string)
            .field("published_on", .string)
            .field("address", .string)
            .field("read_from_copy", .bool, .required)
            .field("correction_reason", .string)
            .field("is_current", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "reference_county_figures_lookup").on(ReferenceFigureRow.schema)
            .column("county_code").column("reference_name").column("indicator").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferenceFigureRow.schema).delete()
    }
}
