import BaiqiangCore
import Fluent
import Vapor

/// API bearer tokens: made per user, shown once, stored as a SHA-256 digest, revocable.
public struct TokenService: Sendable {
    let writer: Writer

    /// Tokens start with this marker so they are recognisable in a leaked log or file.
    static let marker = "bq_"

    /// Makes a token for `username` and returns it; only its digest is kept.
    public func create(username: String, name: String = "api") async throws -> (token: String, id: UUID) {
        var check = FieldChecker()
        check.text(name, .name, field: "name")
        try check.finish()
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username), user.isActive else {
                throw AccountError.unknownUser(username)
            }
            let token = Self.marker + Secrets.randomToken(from: environment)
            let record = ApiToken(userID: try user.requireID(), name: name, tokenHash: Secrets.sha256Hex(token),
                                  prefix: String(token.prefix(10)))
            try await store.create(record)
            let id = try record.requireID()
            try await audit.record(.tokenCreate, entity: .apiToken, id: id.uuidString, before: nil as TokenSnapshot?,
                                   after: TokenSnapshot(record, username: username))
            return (token, id)
        }
    }

    /// Revokes a token of `username` (admins may revoke anyone's: pass `username` nil).
    public func revoke(id: UUID, ownedBy username: String?) async throws {
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let token = try await store.token(id: id),
                  username == nil || token.user.username == username else {
                throw Abort(.notFound)
            }
            let before = TokenSnapshot(token, username: token.user.username)
            if token.revokedAt == nil {
                token.revokedAt = writer.environment.now
                try await store.update(token)
            }
            try await audit.record(.tokenRevoke, entity: .apiToken, id: id.uuidString, before: before,
                                   after: TokenSnapshot(token, username: token.user.username))
        }
    }

    /// The active user behind a presented token, or nil for an unknown or revoked one.
    static func authenticate(_ token: String, on db: any Database) async throws -> User? {
        guard token.hasPrefix(marker),
              let record = try await AccountStore(db: db).liveToken(tokenHash: Secrets.sha256Hex(token)),
              record.user.isActive else { return nil }
        return record.user
    }
}

struct TokenSnapshot: Codable, Sendable {
    var username: String
    var name: String
    var prefix: String
    var revokedAt: Date?

    init(_ token: ApiToken, username: String) {
        self.username = username
        name = token.name
        prefix = token.prefix
        revokedAt = token.revokedAt
    }
}
