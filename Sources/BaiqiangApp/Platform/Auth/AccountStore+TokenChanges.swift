import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// The writes of API tokens, each audited in the transaction that makes it: a token made, one
/// revoked, and every token of an account revoked when its password changes.
extension AccountStore {
    /// Makes a token for the active account `username`, starting with `marker`, and returns it;
    /// only its digest is kept.
    static func createToken(for username: String, name: String, marker: String, writer: Writer) async throws -> (token: String, id: UUID) {
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username), user.isActive else {
                throw AccountError.unknownUser(username)
            }
            let token = marker + Secrets.randomToken(from: environment)
            let record = ApiToken(userID: try user.requireID(), name: name, tokenHash: Secrets.sha256Hex(token),
                                  prefix: String(token.prefix(10)))
            try await store.create(record)
            let id = try record.requireID()
            try await audit.record(.tokenCreate, entity: .apiToken, id: id.uuidString, before: nil as TokenSnapshot?,
                                   after: TokenSnapshot(record, username: username))
            return (token, id)
        }
    }

    /// Revokes the token `id` of `username` (any account's when `username` is nil); 404 when
    /// there is no such token of theirs.
    static func revokeToken(id: UUID, ownedBy username: String?, writer: Writer) async throws {
        let environment = writer.environment
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let token = try await store.token(id: id),
                  username == nil || token.user.username == username else {
                throw Abort(.notFound)
            }
            let before = TokenSnapshot(token, username: token.user.username)
            if token.revokedAt == nil {
                token.revokedAt = environment.now
                try await store.update(token)
            }
            try await audit.record(.tokenRevoke, entity: .apiToken, id: id.uuidString, before: before,
                                   after: TokenSnapshot(token, username: token.user.username))
        }
    }

    /// Revokes the account's API tokens (each audited) and deletes its sessions but `keepingSession`:
    /// whoever knew an old password may have made them.
    func endCredentials(of user: User, keepingSession tokenHash: String?, now: Date, audit: AuditRecorder) async throws {
        let id = try user.requireID()
        for token in try await unrevokedTokens(of: id) {
            let before = TokenSnapshot(token, username: user.username)
            token.revokedAt = now
            try await update(token)
            try await audit.record(.tokenRevoke, entity: .apiToken, id: token.id?.uuidString ?? "", before: before,
                                   after: TokenSnapshot(token, username: user.username))
        }
        try await deleteSessions(of: id, keeping: tokenHash)
    }
}
