import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Demands, their events and attachments, routing rules, Open311 keys and calendar years.
struct CreateDemands: AsyncMigration {
    var name: String { "020_create_demands" }

    func prepare(on database: Database) async throws {
        try await database.schema(Demand.schema)
            .id()
            .field("tracking_number", .string, .required)
            .field("category_code", .string, .required)
            .field("status", .string, .required)
            .field("enterprise_id", .uuid, .references(Enterprise.schema, .id))
            .field("enterprise_code", .string, .required)
            .field("town_id", .uuid, .references(Town.schema, .id))
            .field("town_code", .string)
            .field("handler_kind", .string)
            .field("handler_code", .string)
            .field("submitted_at", .datetime, .required)
            .field("response_deadline", .datetime, .required)
            .field("solution_deadline", .datetime, .required)
            .field("closure_deadline", .datetime, .required)
            .field("solution_at", .datetime)
            .field("responded_at", .datetime)
            .field("resolved_at", .datetime)
            .field("satisfaction", .string)
            .field("description", .string, .required)
            .field("address", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("channel", .string, .required)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .unique(on: "tracking_number")
            .create()
        try await database.schema(DemandEvent.schema)
            .id()
            .field("demand_id", .uuid, .required, .references(Demand.schema, .id))
            .field("action", .string, .required)
            .field("actor", .string, .required)
            .field("actor_role", .string, .required)
            .field("at", .datetime, .required)
            .field("note", .string)
            .field("status_after", .string, .required)
            .create()
        try await database.schema(DemandAttachment.schema)
            .id()
            .field("demand_id", .uuid, .required, .references(Demand.schema, .id))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(DemandRoutingRule.schema)
            .id()
            .field("category_code", .string, .required)
            .field("town_code", .string, .required)
            .field("handler_kind", .string, .required)
            .field("handler_code", .string, .required)
            .unique(on: "category_code", "town_code")
            .create()
        try await database.schema(Open311Key.schema)
            .id()
            .field("name", .string, .required)
            .field("key_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("created_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "key_hash")
            .create()
        try await database.schema(CalendarYearRecord.schema)
            .id()
            .field("year", .int, .required)
            .field("yaml", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "year")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Every column a list filters or sorts by.
        for column in ["status", "category_code", "enterprise_id", "town_id", "handler_code", "submitted_at",
                       "closure_deadline"] {
            try await sql.create(index: "demands_\(column)").on(Demand.schema).column(column).run()
        }
        try await sql.create(index: "demand_events_demand_id").on(DemandEvent.schema).column("demand_id").run()
        try await sql.create(index: "demand_attachments_demand_id").on(DemandAttachment.schema).column("demand_id").run()
    }

    func revert(on database: Database) async throws {
        for schema in [CalendarYearRecord.schema, Open311Key.schema, DemandRoutingRule.schema,
                       DemandAttachment.schema, DemandEvent.schema, Demand.schema] {
            try await database.schema(schema).delete()
        }
    }
}
