import Fluent
import SQLKit

/// The reference counties (对标县) each county chooses. A removed one keeps its row, marked, so
/// its figures' history stays readable and the starting list is not put back on the next start.
struct CreateReferenceCounties: AsyncMigration {
    var name: String { "073_create_reference_counties" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReferenceCountyRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("name", .string, .required)
            .field("name_en", .string)
            .field("province", .string, .required)
            .field("membership", .string)
            .field("membership_publisher", .string)
            .field("membership_title", .string)
            .field("is_removed", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "reference_counties_county").on(ReferenceCountyRow.schema)
            .column("county_code").column("name").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferenceCountyRow.schema).delete()
    }
}
