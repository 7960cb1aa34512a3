import Fluent
import SQLKit

/// The lines a county measures its readiness by (门槛), each with its source. An edit adds a row
/// and retires the one it replaces; a removal retires it: the earlier lines stay readable.
struct CreateReadinessThresholds: AsyncMigration {
    var name: String { "075_create_readiness_thresholds" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReadinessThresholdRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("indicator", .string, .required)
            .field("value", .double, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("publisher", .string, .required)
            .field("title", .string)
            .field("published_on", .string)
            .field("address", .string)
            .field("read_from_copy", .bool, .required)
            .field("is_current", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "readiness_thresholds_county").on(ReadinessThresholdRow.schema)
            .column("county_code").column("indicator").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReadinessThresholdRow.schema).delete()
    }
}
