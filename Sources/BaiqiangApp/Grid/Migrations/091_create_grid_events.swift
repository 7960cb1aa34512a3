import Fluent
import SQLKit

/// Grid events (网格事件) and the steps of their handling, indexed for a grid's, a town's and a
/// status's lists and for the campaigns' counts.
struct CreateGridEvents: AsyncMigration {
    var name: String { "091_create_grid_events" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GridEvent.schema)
            .id()
            .field("county_code", .string, .required)
            .field("grid_id", .uuid, .required, .references(Grid.schema, .id))
            .field("grid_code", .string, .required)
            .field("town_code", .string, .required)
            .field("category_code", .string, .required)
            .field("status", .string, .required)
            .field("description", .string, .required)
            .field("address", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("hazard_found", .bool, .required)
            .field("reported_by", .uuid, .required)
            .field("reporter_name", .string, .required)
            .field("reported_at", .datetime, .required)
            .field("reported_on", .string, .required)
            .field("closure_deadline", .datetime, .required)
            .field("handler_kind", .string)
            .field("handler_code", .string)
            .field("state", .string, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await database.schema(GridEventStep.schema)
            .id()
            .field("county_code", .string, .required)
            .field("event_id", .uuid, .required, .references(GridEvent.schema, .id))
            .field("action", .string, .required)
            .field("actor_name", .string, .required)
            .field("note", .string)
            .field("at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "grid_events_county_grid").on(GridEvent.schema).column("county_code").column("grid_code").column("reported_at").run()
        try await sql.create(index: "grid_events_county_town").on(GridEvent.schema).column("county_code").column("town_code").column("reported_at").run()
        try await sql.create(index: "grid_events_county_status").on(GridEvent.schema).column("county_code").column("status").run()
        try await sql.create(index: "grid_events_county_reported").on(GridEvent.schema).column("county_code").column("reported_on").run()
        try await sql.create(index: "grid_events_handler").on(GridEvent.schema).column("handler_kind").column("handler_code").run()
        try await sql.create(index: "grid_event_steps_event").on(GridEventStep.schema).column("event_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GridEventStep.schema).delete()
        try await database.schema(GridEvent.schema).delete()
    }
}
