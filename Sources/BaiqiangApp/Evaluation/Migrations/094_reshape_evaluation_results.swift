import Fluent
import SQLKit

/// Storing a run's million results was most of a run on PostgreSQL, so a result row gets lighter:
/// - A run keeps its groups' benchmarks and fill-in points, so each firm's result can keep just
///   its facts and have its explanation written again when it is read (`FirmFacts`). Runs made
///   before keep their stored explanations and no summaries: the column stays empty for them.
/// - Two indexes go, each of which cost about as much as writing the rows themselves: a firm's
///   results are found by run and credit code (the unique key), and a class is filtered within a
///   run's rows, which that key already narrows to.
struct ReshapeEvaluationResults: AsyncMigration {
    var name: String { "094_reshape_evaluation_results" }

    func prepare(on database: Database) async throws {
        try await database.schema(EvaluationRun.schema).field("group_summaries", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS evaluation_results_class").run()
        try await sql.raw("DROP INDEX IF EXISTS evaluation_results_code").run()
    }

    func revert(on database: Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "evaluation_results_class").on(EvaluationResultRecord.schema).column("run_id").column("class").run()
            try await sql.create(index: "evaluation_results_code").on(EvaluationResultRecord.schema).column("credit_code").run()
        }
        try await database.schema(EvaluationRun.schema).deleteField("group_summaries").update()
    }
}
