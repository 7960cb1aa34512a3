import BaiqiangCore
import Fluent
import Vapor

/// A user's own sessions: the live ones listed, any of them ended (audited as `session.ended`).
/// Only the owner's sessions are reachable: another's id is "not found", never ended.
struct SessionService {
    let writer: Writer
    let timeouts: SessionTimeouts

    /// The account's sessions still alive at `now`, most recently used first.
    func live(of userID: UUID, now: Date) async throws -> [UserSession] {
        try await AccountStore(db: writer.database).sessions(of: userID).filter { !$0.isOver(timeouts, now: now) }
    }

    /// Ends the session `id` of `userID`; 404 when the account has no such session.
    func end(_ id: UUID, of userID: UUID, username: String) async throws {
        try await AccountStore.endSession(id, of: userID, username: username, writer: writer)
    }

    /// Ends every session of `userID` but the one whose cookie has `currentTokenHash`, each
    /// audited, and says how many ended.
    @discardableResult
    func endOthers(of userID: UUID, username: String, keeping currentTokenHash: String?) async throws -> Int {
        try await AccountStore.endSessions(of: userID, username: username, keeping: currentTokenHash, writer: writer)
    }
}

/// What the audit log keeps of a session: whose, since when, from where; never its tokens.
struct SessionSnapshot: Codable, Sendable {
    var username: String
    var startedAt: Date?
    var lastSeenAt: Date?
    var clientAddress: String?

    init(_ session: UserSession, username: String) {
        self.username = username
        startedAt = session.createdAt
        lastSeenAt = session.lastSeenAt
        clientAddress = session.clientAddress
    }
}

extension Request {
    /// The session service on this request's writer and the configured timeouts.
    var sessionService: SessionService {
        SessionService(writer: writer, timeouts: application.configuration.sessionTimeouts)
    }

    /// The digest of this browser's session cookie, if it has one.
    var sessionTokenHash: String? {
        (cookies[sessionCookieName]?.string).map { Secrets.sha256Hex($0) }
    }
}
