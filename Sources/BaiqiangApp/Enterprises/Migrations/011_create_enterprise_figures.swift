import Fluent
import SQLKit
import Vapor

struct CreateEnterpriseFigures: AsyncMigration {
    var name: String { "011_create_enterprise_figures" }

    func prepare(on database: Database) async throws {
        try await database.schema(EnterpriseYearFigure.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("credit_code", .string, .required)
            .field("year", .int, .required)
            .field("revenue_wan", .double).field("output_wan", .double).field("value_added_wan", .double)
            .field("tax_wan", .double).field("electricity_wkwh", .double).field("energy_tce", .double)
            .field("emission_t", .double).field("rd_wan", .double).field("staff", .int).field("land_mu", .double)
            .field("above_scale", .bool, .required)
            .unique(on: "credit_code", "year")
            .create()
        try await database.schema(EnterpriseMonthFigure.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("credit_code", .string, .required)
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("revenue_wan", .double).field("output_wan", .double).field("tax_wan", .double)
            .field("electricity_wkwh", .double)
            .unique(on: "credit_code", "year", "month")
            .create()
        try await database.schema(EnterpriseDesignation.schema)
            .id()
            .field("credit_code", .string, .required)
            .field("kind", .string, .required)
            .field("year", .int, .required)
            .unique(on: "credit_code", "kind")
            .create()
        try await database.schema(ImportReportRecord.schema)
            .id()
            .field("kind", .string, .required)
            .field("file_name", .string, .required)
            .field("actor", .string, .required)
            .field("rows_read", .int, .required)
            .field("inserted", .int, .required)
            .field("updated", .int, .required)
            .field("rejected", .int, .required)
            .field("partial", .bool, .required)
            .field("created_at", .datetime)
            .create()
        let sql = database as? any SQLDatabase
        try await sql?.create(index: "year_figures_year_scale").on(EnterpriseYearFigure.schema).column("year").column("above_scale").run()
        try await sql?.create(index: "designations_kind").on(EnterpriseDesignation.schema).column("kind").run()
    }

    func revert(on database: Database) async throws {
        for schema in [ImportReportRecord.schema, EnterpriseDesignation.schema, EnterpriseMonthFigure.schema, EnterpriseYearFigure.schema] {
            try await database.schema(schema).delete()
        }
    }
}
