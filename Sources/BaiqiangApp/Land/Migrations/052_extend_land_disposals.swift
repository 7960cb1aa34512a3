import Fluent
import SQLKit

/// What a disposal records beyond its period and area: the planned completion, a note, the
/// reason it was withdrawn and the parcel's figures afterwards; and an index for the list's
/// town and status filters.
struct ExtendLandDisposals: AsyncMigration {
    var name: String { "052_extend_land_disposals" }

    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("planned_completion", .string), ("note", .string), ("withdrawn_reason", .string),
        ("plot_ratio_after", .double), ("tax_per_mu_after_wan", .double),
    ]

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite alters a table one column at a time.
        for (key, type) in Self.columns {
            try await database.schema(LandDisposal.schema).field(key, type).update()
        }
        try await (database as? any SQLDatabase)?.create(index: "land_disposals_town_status").on(LandDisposal.schema)
            .column("county_code").column("town_code").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "land_disposals_town_status").run()
        for (key, _) in Self.columns.reversed() {
            try await database.schema(LandDisposal.schema).deleteField(key).update()
        }
    }
}
