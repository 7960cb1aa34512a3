import Fluent
import SQLKit

/// The county's grids (网格) and the accounts bound to them as grid workers.
struct CreateGrids: AsyncMigration {
    var name: String { "090_create_grids" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Grid.schema)
            .id()
            .field("county_code", .string, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("town_code", .string, .required)
            .field("village", .string)
            .field("is_demo", .bool, .required)
            .unique(on: "county_code", "code")
            .create()
        try await database.schema(GridWorker.schema)
            .id()
            .field("county_code", .string, .required)
            .field("user_id", .uuid, .required)
            .field("grid_id", .uuid, .required, .references(Grid.schema, .id))
            .field("grid_code", .string, .required)
            .field("town_code", .string, .required)
            .field("team", .string, .required)
            .field("is_demo", .bool, .required)
            .unique(on: "user_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "grids_county_town").on(Grid.schema).column("county_code").column("town_code").run()
        try await sql.create(index: "grid_workers_grid").on(GridWorker.schema).column("grid_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GridWorker.schema).delete()
        try await database.schema(Grid.schema).delete()
    }
}
