import Fluent
import SQLKit

/// The investment pipeline: projects, unique by name within a county's year, and each one's
/// dated stage changes.
struct CreateProjects: AsyncMigration {
    var name: String { "060_create_projects" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Project.schema)
            .id()
            .field("county_code", .string, .required)
            .field("year", .int, .required)
            .field("name", .string, .required)
            .field("codename", .string, .required)
            .field("investor", .string)
            .field("investment_yi", .double, .required)
            .field("funds_in_place_yi", .double, .required)
            .field("investor_revenue_yi", .double)
            .field("channel", .string)
            .field("chain_code", .string)
            .field("chain_node", .string)
            .field("linked_leader", .string)
            .field("lead_department_code", .string)
            .field("town_code", .string)
            .field("credit_code", .string)
            .field("is_key", .bool, .required)
            .field("stage", .string, .required)
            .field("stage_since", .string, .required)
            .field("was_signed", .bool, .required)
            .field("sources", .string)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "county_code", "year", "name")
            .create()
        try await database.schema(ProjectStageChangeRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("project_id", .uuid, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("from_stage", .string)
            .field("to_stage", .string, .required)
            .field("date", .string, .required)
            .field("reason", .string)
            .unique(on: "project_id", "sequence")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "projects_stage").on(Project.schema).column("county_code").column("stage").run()
        try await sql.create(index: "projects_town").on(Project.schema).column("county_code").column("town_code").run()
        try await sql.create(index: "projects_credit_code").on(Project.schema).column("county_code").column("credit_code").run()
        try await sql.create(index: "projects_channel").on(Project.schema).column("county_code").column("channel").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectStageChangeRow.schema).delete()
        try await database.schema(Project.schema).delete()
    }
}
