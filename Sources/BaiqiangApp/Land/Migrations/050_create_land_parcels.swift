import Fluent
import SQLKit

/// The county's industrial parcels (宗地), unique by number within a county.
struct CreateLandParcels: AsyncMigration {
    var name: String { "050_create_land_parcels" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Parcel.schema)
            .id()
            .field("county_code", .string, .required)
            .field("parcel_number", .string, .required)
            .field("town_code", .string)
            .field("land_use", .string)
            .field("holder_credit_code", .string)
            .field("supply_way", .string)
            .field("supply_date", .string)
            .field("contracted_start", .string)
            .field("contracted_completion", .string)
            .field("actual_start", .string)
            .field("approved_not_supplied_since", .string)
            .field("committed_investment_intensity", .double)
            .field("committed_tax_per_mu", .double)
            .field("committed_plot_ratio", .double)
            .field("checked_investment_intensity", .double)
            .field("checked_tax_per_mu", .double)
            .field("plot_ratio", .double)
            .field("floor_area_m2", .double)
            .field("declared_area_m2", .double)
            .field("area_m2", .double, .required)
            .field("geometry", .string, .required)
            .field("min_longitude", .double, .required)
            .field("max_longitude", .double, .required)
            .field("min_latitude", .double, .required)
            .field("max_latitude", .double, .required)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "county_code", "parcel_number")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "land_parcels_town").on(Parcel.schema).column("county_code").column("town_code").run()
        try await sql.create(index: "land_parcels_holder").on(Parcel.schema).column("county_code").column("holder_credit_code").run()
        try await sql.create(index: "land_parcels_window").on(Parcel.schema).column("county_code").column("min_longitude")
            .column("max_longitude").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Parcel.schema).delete()
    }
}
