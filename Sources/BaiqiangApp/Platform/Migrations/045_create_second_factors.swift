import Fluent
import SQLKit

struct CreateSecondFactors: AsyncMigration {
    var name: String { "045_create_second_factors" }

    func prepare(on database: Database) async throws {
        try await database.schema(SecondFactorRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id))
            .field("secret", .string)
            .field("created_at", .datetime)
            .field("confirmed_at", .datetime)
            .field("last_step", .int64)
            .field("pending_secret", .string)
            .field("pending_created_at", .datetime)
            .field("grace_started_at", .datetime)
            .field("reset_at", .datetime)
            .unique(on: "user_id")
            .create()
        try await database.schema(RecoveryCodeRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id))
            .field("digest", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await database.schema(PendingSignIn.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id))
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("next_path", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("failures", .int, .required)
            .unique(on: "token_hash")
            .create()
        // Codes are read by account at every recovery sign-in; stale pending sign-ins are pruned by age.
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "second_factor_recovery_codes_user_id").on(RecoveryCodeRecord.schema).column("user_id").run()
            try await sql.create(index: "pending_sign_ins_expires_at").on(PendingSignIn.schema).column("expires_at").run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(PendingSignIn.schema).delete()
        try await database.schema(RecoveryCodeRecord.schema).delete()
        try await database.schema(SecondFactorRecord.schema).delete()
    }
}
