import Fluent
import SQLKit

struct CreateEvaluation: AsyncMigration {
    var name: String { "030_create_evaluation" }

    func prepare(on database: Database) async throws {
        try await database.schema(EvaluationRun.schema)
            .id()
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("method_id", .string, .required)
            .field("method_name_zh", .string, .required)
            .field("method_name_en", .string, .required)
            .field("method_definition", .string, .required)
            .field("source", .string, .required)
            .field("input_digest", .string, .required)
            .field("actor", .string, .required)
            .field("firm_count", .int, .required)
            .field("class_counts", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "year", "version")
            .create()
        try await database.schema(EvaluationResultRecord.schema)
            .id()
            .field("run_id", .uuid, .required, .references(EvaluationRun.schema, .id))
            .field("credit_code", .string, .required)
            .field("name", .string, .required)
            .field("town", .string, .required)
            .field("industry", .string, .required)
            .field("group_name", .string, .required)
            .field("class", .string, .required)
            .field("score", .double)
            .field("rank", .int)
            .field("explanation", .string, .required)
            .unique(on: "run_id", "credit_code")
            .create()
        let sql = database as? any SQLDatabase
        try await sql?.create(index: "evaluation_results_class").on(EvaluationResultRecord.schema).column("run_id").column("class").run()
        try await sql?.create(index: "evaluation_results_code").on(EvaluationResultRecord.schema).column("credit_code").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(EvaluationResultRecord.schema).delete()
        try await database.schema(EvaluationRun.schema).delete()
    }
}
