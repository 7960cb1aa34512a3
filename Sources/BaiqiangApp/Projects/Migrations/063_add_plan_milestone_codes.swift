import Fluent

/// A project's milestone may feed a plan milestone (the Longi project's land, trial and full
/// production feed the plan's): which one, by code.
struct AddPlanMilestoneCodes: AsyncMigration {
    var name: String { "063_add_plan_milestone_codes" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ProjectMilestoneRow.schema).field("plan_milestone_code", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectMilestoneRow.schema).deleteField("plan_milestone_code").update()
    }
}
