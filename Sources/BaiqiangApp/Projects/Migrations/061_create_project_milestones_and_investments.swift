import Fluent
import SQLKit

/// Each project's planned milestones (with the actual day once reported) and a key project's
/// yearly plan and monthly completed investment.
struct CreateProjectMilestonesAndInvestments: AsyncMigration {
    var name: String { "061_create_project_milestones_and_investments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ProjectMilestoneRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("project_id", .uuid, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("planned", .string, .required)
            .field("actual", .string)
            .unique(on: "project_id", "stage")
            .create()
        try await database.schema(ProjectInvestment.schema)
            .id()
            .field("county_code", .string, .required)
            .field("project_id", .uuid, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("amount_yi", .double, .required)
            .unique(on: "project_id", "year", "month")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "project_investments_year").on(ProjectInvestment.schema).column("county_code").column("year").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectInvestment.schema).delete()
        try await database.schema(ProjectMilestoneRow.schema).delete()
    }
}
