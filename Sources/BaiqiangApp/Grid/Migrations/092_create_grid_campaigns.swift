import Fluent

/// Special campaigns (专项整治): scope, period and targets; their progress is counted from events.
struct CreateGridCampaigns: AsyncMigration {
    var name: String { "092_create_grid_campaigns" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GridCampaignRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("towns", .string, .required)
            .field("categories", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("target_sites", .int, .required)
            .field("target_found", .int, .required)
            .field("target_fixed", .int, .required)
            .field("is_demo", .bool, .required)
            .unique(on: "county_code", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GridCampaignRow.schema).delete()
    }
}
