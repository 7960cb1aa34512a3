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
        return try await AccountStore.createToken(for: username, name: name, marker: Self.marker, writer: writer)
    }

    /// Revokes a token of `username` (admins may revoke anyone's: pass `username` nil).
    public func revoke(id: UUID, ownedBy username: String?) async throws {
        try await AccountStore.revokeToken(id: id, ownedBy: username, writer: writer)
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
