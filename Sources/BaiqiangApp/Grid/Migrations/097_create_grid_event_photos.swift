import Fluent
import SQLKit

/// Photos on grid events, kept in the database as bytes in a table of their own (the project
/// has no file store; demands keep their attachments the same way), indexed by event.
struct CreateGridEventPhotos: AsyncMigration {
    var name: String { "097_create_grid_event_photos" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GridEventPhoto.schema)
            .id()
            .field("county_code", .string, .required)
            .field("event_id", .uuid, .required, .references(GridEvent.schema, .id))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "grid_event_photos_event").on(GridEventPhoto.schema).column("event_id").column("uploaded_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GridEventPhoto.schema).delete()
    }
}
