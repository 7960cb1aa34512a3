import Fluent
import SQLKit

/// Several plans side by side in a county: one is current (the cockpit opens on it), the others
/// archived or drafts; a plan reaches the public page only when published. The plan a county
/// already had stays its current, published plan.
struct AddPlanPeriods: AsyncMigration {
    var name: String { "080_add_plan_periods" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite alters a table one column at a time.
        try await database.schema(PlanRecord.schema).field("is_current", .bool, .required, .sql(.default(true))).update()
        try await database.schema(PlanRecord.schema).field("is_published", .bool, .required, .sql(.default(true))).update()
        try await (database as? any SQLDatabase)?.create(index: "plans_county_current").on(PlanRecord.schema)
            .column("county_code").column("is_current").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "plans_county_current").run()
        try await database.schema(PlanRecord.schema).deleteField("is_published").update()
        try await database.schema(PlanRecord.schema).deleteField("is_current").update()
    }
}
