import BaiqiangCore
import Fluent
import Foundation

/// Sessions and API tokens: stored as SHA-256 digests, looked up by the digest of what a browser
/// or client presents.
extension AccountStore {
    /// The session whose cookie token has `tokenHash`, with its account.
    func session(tokenHash: String) async throws -> UserSession? {
        try await UserSession.query(on: db).filter(\.$tokenHash == tokenHash).with(\.$user).first()
    }

    func create(_ session: UserSession) async throws {
        try await session.create(on: db)
    }

    func deleteSession(tokenHash: String) async throws {
        try await UserSession.query(on: db).filter(\.$tokenHash == tokenHash).delete()
    }

    /// Ends every session of the account but the one with `keeping` (the digest of the session
    /// making a change, which stays signed in).
    func deleteSessions(of userID: UUID, keeping tokenHash: String? = nil) async throws {
        let sessions = UserSession.query(on: db).filter(\.$user.$id == userID)
        if let tokenHash { sessions.filter(\.$tokenHash != tokenHash) }
        try await sessions.delete()
    }

    /// Ends every session of the account but the one with id `keeping`, and says how many
    /// ended: what a password or second-factor change, and "end all others", do.
    @discardableResult
    func endSessions(of userID: UUID, except keeping: UUID?) async throws -> Int {
        let sessions = UserSession.query(on: db).filter(\.$user.$id == userID)
        if let keeping { sessions.filter(\.$id != keeping) }
        let count = try await sessions.count()
        try await sessions.delete()
        return count
    }

    /// The account's sessions, most recently used first. Over ones are listed until a request
    /// presents them, so callers filter with the timeouts.
    func sessions(of userID: UUID) async throws -> [UserSession] {
        try await UserSession.query(on: db).filter(\.$user.$id == userID).sort(\.$lastSeenAt, .descending).all()
    }

    /// The session with `id` if it belongs to `userID`: nobody reaches another's session.
    func session(id: UUID, of userID: UUID) async throws -> UserSession? {
        try await UserSession.query(on: db).filter(\.$id == id).filter(\.$user.$id == userID).first()
    }

    func delete(_ session: UserSession) async throws {
        try await session.delete(on: db)
    }

    /// Records a request of the session (see `UserSession.touchInterval`).
    func touchSession(_ id: UUID, at date: Date) async throws {
        try await UserSession.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: date).update()
    }

    /// An account's tokens, newest first.
    func tokens(of userID: UUID) async throws -> [ApiToken] {
        try await ApiToken.query(on: db).filter(\.$user.$id == userID).sort(\.$createdAt, .descending).all()
    }

    func unrevokedTokens(of userID: UUID) async throws -> [ApiToken] {
        try await ApiToken.query(on: db).filter(\.$user.$id == userID).filter(\.$revokedAt == nil).all()
    }

    /// The token with `id`, with its account.
    func token(id: UUID) async throws -> ApiToken? {
        try await ApiToken.query(on: db).filter(\.$id == id).with(\.$user).first()
    }

    /// The unrevoked token with `tokenHash`, with its account.
    func liveToken(tokenHash: String) async throws -> ApiToken? {
        try await ApiToken.query(on: db).filter(\.$tokenHash == tokenHash).filter(\.$revokedAt == nil).with(\.$user).first()
    }

    func create(_ token: ApiToken) async throws {
        try await token.create(on: db)
    }

    func update(_ token: ApiToken) async throws {
        try await token.update(on: db)
    }
}
