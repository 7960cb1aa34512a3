import Fluent
import SQLKit

/// Runs become drafts until one of a year is published. The partial unique index is what keeps
/// "one published run per county and year" true when two publications race, on either database;
/// it is numbered after 043, which gives the table the county column the index needs.
/// Runs made before this migration stay drafts: which of them the county adopted is not
/// something the platform can know, so it is asked again rather than guessed.
struct AddEvaluationPublication: AsyncMigration {
    var name: String { "047_add_evaluation_publication" }

    func prepare(on database: Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(EvaluationRun.schema).field("published_at", .datetime).update()
        try await database.schema(EvaluationRun.schema).field("published_by", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            CREATE UNIQUE INDEX evaluation_runs_one_published ON \(ident: EvaluationRun.schema) (county_code, year)
            WHERE published_at IS NOT NULL
            """).run()
    }

    func revert(on database: Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "evaluation_runs_one_published").run()
        }
        try await database.schema(EvaluationRun.schema).deleteField("published_by").update()
        try await database.schema(EvaluationRun.schema).deleteField("published_at").update()
    }
}
