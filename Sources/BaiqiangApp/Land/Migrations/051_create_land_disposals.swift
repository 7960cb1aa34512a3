import Fluent
import SQLKit

/// Disposals of low-efficiency land, by parcel number within a county.
struct CreateLandDisposals: AsyncMigration {
    var name: String { "051_create_land_disposals" }

    func prepare(on database: any Database) async throws {
        try await database.schema(LandDisposal.schema)
            .id()
            .field("county_code", .string, .required)
            .field("parcel_number", .string, .required)
            .field("town_code", .string)
            .field("holder_credit_code", .string)
            .field("action", .string, .required)
            .field("area_m2", .double, .required)
            .field("started", .string, .required)
            .field("completed", .string)
            .field("status", .string, .required)
            .field("responsible_unit", .string)
            .field("is_demo", .bool, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "land_disposals_parcel").on(LandDisposal.schema)
            .column("county_code").column("parcel_number").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LandDisposal.schema).delete()
    }
}
