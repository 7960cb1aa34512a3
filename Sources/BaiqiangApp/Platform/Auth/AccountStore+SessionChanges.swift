import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// The writes that end or touch sessions, each in its own transaction through the write gate:
/// a user ending their own sessions (audited as `session.ended`), signing out, and the session
/// authenticator's bookkeeping.
extension AccountStore {
    /// Ends the session `id` of `userID`; 404 when the account has no such session, so nobody
    /// reaches another's.
    static func endSession(_ id: UUID, of userID: UUID, username: String, writer: Writer) async throws {
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let session = try await store.session(id: id, of: userID) else { throw Abort(.notFound) }
            try await store.delete(session)
            try await recordEnded(session, username: username, audit)
        }
    }

    /// Ends every session of `userID` but the one whose cookie has `currentTokenHash`, each
    /// audited, and says how many ended.
    static func endSessions(of userID: UUID, username: String, keeping currentTokenHash: String?,
                            writer: Writer) async throws -> Int {
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            let others = try await store.sessions(of: userID).filter { $0.tokenHash != currentTokenHash }
            for session in others {
                try await store.delete(session)
                try await recordEnded(session, username: username, audit)
            }
            return others.count
        }
    }

    private static func recordEnded(_ session: UserSession, username: String, _ audit: AuditRecorder) async throws {
        try await audit.record(.sessionEnded, entity: .userSession, id: session.id?.uuidString ?? "",
                               before: SessionSnapshot(session, username: username), after: nil as SessionSnapshot?)
    }

    /// Signs out the browser whose cookie token has `tokenHash`, audited as done by the writer's actor.
    static func signOut(tokenHash: String, writer: Writer) async throws {
        let name = writer.actor.name
        try await writer.transaction { db, audit in
            try await AccountStore(db: db).deleteSession(tokenHash: tokenHash)
            try await audit.record(.logout, entity: .user, id: name)
        }
    }

    // Session state, not data: written through the gate, but no audit row (as login failure counts).

    /// Records a request of the session `id` (see `UserSession.touchInterval`).
    static func touchSession(_ id: UUID, at date: Date, writer: Writer) async throws {
        try await writer.transaction { db, _ in try await AccountStore(db: db).touchSession(id, at: date) }
    }

    /// Deletes the session whose cookie token has `tokenHash` (one found over its timeouts).
    static func deleteSession(tokenHash: String, writer: Writer) async throws {
        try await writer.transaction { db, _ in try await AccountStore(db: db).deleteSession(tokenHash: tokenHash) }
    }
}
