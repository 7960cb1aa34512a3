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
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let session = try await store.session(id: id, of: userID) else { throw Abort(.notFound) }
            try await store.delete(session)
            try await Self.record(session, username: username, audit)
        }
    }

    /// Ends every session of `userID` but the one whose cookie has `currentTokenHash`, each
    /// audited, and says how many ended.
    @discardableResult
    func endOthers(of userID: UUID, username: String, keeping currentTokenHash: String?) async throws -> Int {
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            let others = try await store.sessions(of: userID).filter { $0.tokenHash != currentTokenHash }
            for session in others {
                try await store.delete(session)
                try await Self.record(session, username: username, audit)
            }
            return others.count
        }
    }

    static func record(_ session: UserSession, username: String, _ audit: AuditRecorder) async throws {
        try await audit.record(.sessionEnded, entity: .userSession, id: session.id?.uuidString ?? "",
                               before: SessionSnapshot(session, username: username), after: nil as SessionSnapshot?)
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
