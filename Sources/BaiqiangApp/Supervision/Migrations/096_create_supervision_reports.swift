import Fluent
import SQLKit

/// Supervisors' reports and their handling, indexed for a supervisor's own list and a year's
/// count.
struct CreateSupervisionReports: AsyncMigration {
    var name: String { "096_create_supervision_reports" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SupervisionReportRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("supervisor_id", .uuid, .required)
            .field("reporter_id", .uuid, .required)
            .field("type_code", .string, .required)
            .field("unit", .string, .required)
            .field("occurred_on", .string, .required)
            .field("filed_on", .string, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("accepted_on", .string)
            .field("investigation_on", .string)
            .field("concluded_on", .string)
            .field("outcome", .string)
            .field("action_taken", .string)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "supervision_reports_county_reporter").on(SupervisionReportRow.schema)
            .column("county_code").column("reporter_id").run()
        try await sql.create(index: "supervision_reports_county_filed").on(SupervisionReportRow.schema)
            .column("county_code").column("filed_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SupervisionReportRow.schema).delete()
    }
}
