import BaiqiangCore
import Fluent
import SQLKit
import Vapor

/// A count of failed logins under one key (see `LoginThrottle`). Kept in the database, not in
/// memory, so that several server processes sharing one PostgreSQL throttle together.
final class LoginFailureCount: Model, @unchecked Sendable {
    static let schema = "login_failure_counts"

    enum Kind: String, Codable, Sendable {
        /// One account from one address: key "address username".
        case pair
        /// One address across accounts: key "address".
        case address
        /// Audit rows written for unknown usernames from one address: key "address".
        case audit
    }

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: Kind
    @Field(key: "key") var key: String
    /// The username of a `pair` count, so an administrator can clear an account's counts.
    @OptionalField(key: "account") var account: String?
    @Field(key: "failures") var failures: Int
    @Field(key: "since") var since: Date
    @Field(key: "last_at") var last: Date
    /// Failed logins not written to the audit log one by one (kind `audit` only).
    @Field(key: "unrecorded") var unrecorded: Int

    init() {}

    init(kind: Kind, key: String) {
        self.kind = kind
        self.key = key
        self.unrecorded = 0
    }

    var count: LoginThrottle.Count {
        LoginThrottle.Count(failures: failures, since: since, last: last)
    }

    func set(_ count: LoginThrottle.Count) {
        failures = count.failures
        since = count.since
        last = count.last
    }

    static func pairKey(address: String, username: String) -> String {
        address + " " + username
    }

    static func find(_ kind: Kind, _ key: String, on db: any Database) async throws -> LoginFailureCount? {
        try await query(on: db).filter(\.$kind == kind).filter(\.$key == key).first()
    }

    /// Stores `count` under (`kind`, `key`), in `existing` when there is one.
    @discardableResult
    static func save(_ count: LoginThrottle.Count, _ kind: Kind, _ key: String, account: String? = nil,
                     existing: LoginFailureCount?, on db: any Database) async throws -> LoginFailureCount {
        let row = existing ?? LoginFailureCount(kind: kind, key: key)
        if let account { row.account = account }
        row.set(count)
        try await row.save(on: db)
        return row
    }

    /// Forgets the counts of `username` from every address (an administrator's "unlock").
    static func clear(account username: String, on db: any Database) async throws {
        try await query(on: db).filter(\.$kind == .pair).filter(\.$account == username).delete()
    }

    /// Accounts with failures enough from some address to be delayed there (see `LoginThrottle`).
    static func throttledAccounts(on db: any Database) async throws -> Set<String> {
        let rows = try await query(on: db).filter(\.$kind == .pair).filter(\.$failures >= LoginThrottle().freeFailures).all()
        return Set(rows.compactMap(\.account))
    }

    /// Forgets counts untouched for `age`: nothing in `LoginThrottle` looks back further.
    static func prune(olderThan date: Date, on db: any Database) async throws {
        try await query(on: db).filter(\.$last < date).delete()
    }
}

struct CreateLoginFailureCounts: AsyncMigration {
    var name: String { "042_create_login_failure_counts" }

    func prepare(on database: Database) async throws {
        try await database.schema(LoginFailureCount.schema)
            .id()
            .field("kind", .string, .required)
            .field("key", .string, .required)
            .field("account", .string)
            .field("failures", .int, .required)
            .field("since", .datetime, .required)
            .field("last_at", .datetime, .required)
            .field("unrecorded", .int, .required)
            .unique(on: "kind", "key")
            .create()
        // Old counts are pruned by age.
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "login_failure_counts_last_at").on(LoginFailureCount.schema).column("last_at").run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(LoginFailureCount.schema).delete()
    }
}
