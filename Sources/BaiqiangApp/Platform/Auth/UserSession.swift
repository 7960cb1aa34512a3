import BaiqiangCore
import Fluent
import Vapor

/// A signed-in browser session (会话). The cookie carries a random token; the table keeps only
/// its SHA-256, so a copy of the database cannot be used to sign in.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    /// The token every form of this session must carry (CSRF).
    @Field(key: "csrf_token") var csrfToken: String
    /// Set from the application's clock (not Fluent's timestamp) as the timeouts count from it.
    @OptionalField(key: "created_at") var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date
    /// The last request seen, to within `UserSession.touchInterval`.
    @OptionalField(key: "last_seen_at") var lastSeenAt: Date?
    /// Where and with what the session was started, so the user can tell their sessions apart.
    @OptionalField(key: "client_address") var clientAddress: String?
    @OptionalField(key: "user_agent") var userAgent: String?
    /// The county a prefecture account chose to look into (`PrefectureReach`); nil: its own.
    @OptionalField(key: "viewing_county") var viewingCounty: String?

    init() {}

    init(userID: UUID, tokenHash: String, csrfToken: String, startedAt: Date, expiresAt: Date,
         clientAddress: String? = nil, userAgent: String? = nil) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.createdAt = startedAt
        self.lastSeenAt = startedAt
        self.expiresAt = expiresAt
        self.clientAddress = clientAddress.map { String($0.prefix(Self.addressLimit)) }
        self.userAgent = userAgent.map { String($0.prefix(Self.userAgentLimit)) }
    }

    /// The longest address kept (an IPv6 address with zone fits).
    static let addressLimit = 64
    /// Enough of a user-agent header to name the browser and system; the rest is noise.
    static let userAgentLimit = 160
    /// `last_seen_at` is written at most this often: a write per request would be waste, and
    /// the idle timeout is at most this much early for it.
    static let touchInterval: TimeInterval = 60

    /// Sessions from before their start was recorded by the clock count as long over.
    var startedAt: Date { createdAt ?? .distantPast }
    var lastSeen: Date { lastSeenAt ?? startedAt }

    var times: SessionTimes { SessionTimes(startedAt: startedAt, lastSeen: lastSeen) }

    func isOver(_ timeouts: SessionTimeouts, now: Date) -> Bool { times.isOver(timeouts, now: now) }

    func needsTouch(now: Date) -> Bool { times.needsTouch(now: now) }
}

/// When a session started and was last seen: what its timeouts and its touches go by.
struct SessionTimes: Sendable, Equatable {
    var startedAt: Date
    var lastSeen: Date

    func isOver(_ timeouts: SessionTimeouts, now: Date) -> Bool {
        timeouts.isOver(startedAt: startedAt, lastSeenAt: lastSeen, now: now)
    }

    func needsTouch(now: Date) -> Bool {
        now.timeIntervalSince(lastSeen) >= UserSession.touchInterval
    }
}
