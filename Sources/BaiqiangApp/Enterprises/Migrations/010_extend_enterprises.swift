import Fluent
import SQLKit
import Vapor

/// The registry's full identity of a firm, added to the foundation's record.
struct ExtendEnterprises: AsyncMigration {
    var name: String { "010_extend_enterprises" }

    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("industry_code", .string), ("address", .string), ("latitude", .double), ("longitude", .double),
        ("contact_name", .string), ("contact_phone", .string), ("city_leader", .string), ("town_leader", .string),
        ("ladder_stage", .int), ("ladder_history", .string), ("listing_stage", .string), ("listing_since", .int),
        ("ticker", .string), ("start_year", .int),
        ("named_in_plan", .bool),
    ]

    func prepare(on database: Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one column at a time.
        for (name, type) in Self.columns {
            try await database.schema(Enterprise.schema).field(.string(name), type).update()
        }
        for column in ["industry_code", "ladder_stage", "listing_stage"] {
            try await (database as? any SQLDatabase)?.create(index: "enterprises_\(column)").on(Enterprise.schema)
                .column(column).run()
        }
    }

    func revert(on database: Database) async throws {
        for column in ["industry_code", "ladder_stage", "listing_stage"] {
            try await (database as? any SQLDatabase)?.drop(index: "enterprises_\(column)").run()
        }
        for (name, _) in Self.columns.reversed() {
            try await database.schema(Enterprise.schema).deleteField(.string(name)).update()
        }
    }
}
