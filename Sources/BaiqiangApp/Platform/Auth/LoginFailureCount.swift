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
}
