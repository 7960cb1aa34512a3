import Fluent

/// Sessions record when they were last used and from where (idle timeout, the user's list of
/// their sessions); accounts record their last sign-in (inactive accounts are disabled) and the
/// digests of their recent passwords (a new one may be none of them). One column per statement:
/// SQLite adds columns one at a time.
struct AddSessionActivityAndAccountHygiene: AsyncMigration {
    var name: String { "044_add_session_activity_and_account_hygiene" }

    func prepare(on database: Database) async throws {
        try await database.schema(UserSession.schema).field("last_seen_at", .datetime).update()
        try await database.schema(UserSession.schema).field("client_address", .string).update()
        try await database.schema(UserSession.schema).field("user_agent", .string).update()
        try await database.schema(User.schema).field("last_sign_in_at", .datetime).update()
        try await database.schema(User.schema).field("password_history", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(User.schema).deleteField("password_history").update()
        try await database.schema(User.schema).deleteField("last_sign_in_at").update()
        try await database.schema(UserSession.schema).deleteField("user_agent").update()
        try await database.schema(UserSession.schema).deleteField("client_address").update()
        try await database.schema(UserSession.schema).deleteField("last_seen_at").update()
    }
}
