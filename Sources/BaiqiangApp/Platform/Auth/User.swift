import BaiqiangCore
import Fluent
import SQLKit
import Vapor

/// An account (用户): a person with one role, bound to the department, town or enterprise it works for.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") public var countyCode: String
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "password_hash") public var passwordHash: String
    @Enum(key: "role") public var role: Role
    @OptionalParent(key: "department_id") public var department: Department?
    @OptionalParent(key: "town_id") public var town: Town?
    @OptionalParent(key: "enterprise_id") public var enterprise: Enterprise?
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "failed_logins") public var failedLogins: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// The last successful sign-in: what inactive accounts are judged by.
    @OptionalField(key: "last_sign_in_at") public var lastSignInAt: Date?
    /// Digests of the current password and those before it, newest first, one per line (see
    /// `PasswordHistory`); never shown, never audited.
    @OptionalField(key: "password_history") var passwordHistoryText: String?

    public init() {
        countyCode = CountyCode.heshan
    }

    init(username: String, displayName: String, passwordHash: String, role: Role) {
        countyCode = CountyCode.heshan
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.isActive = true
        self.failedLogins = 0
    }
}

/// What the audit log keeps of an account: never the password hash.
struct UserSnapshot: Codable, Sendable {
    var username: String
    var displayName: String
    var role: String
    var departmentID: UUID?
    var townID: UUID?
    var enterpriseID: UUID?
    var isActive: Bool
    var lockedUntil: Date?

    init(_ user: User) {
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        departmentID = user.$department.id
        townID = user.$town.id
        enterpriseID = user.$enterprise.id
        isActive = user.isActive
        lockedUntil = user.lockedUntil
    }
}

extension User: CountyOwned {}

extension User {
    /// The digests a new password is checked against, newest first: the current one always,
    /// even for an account from before the history was kept.
    var passwordHistory: [String] {
        let kept = (passwordHistoryText ?? "").split(separator: "\n").map(String.init)
        return kept.first == passwordHash ? kept : [passwordHash] + kept.filter { $0 != passwordHash }
    }

    /// Sets a new password digest, keeping it in the history.
    func setPassword(hash: String) {
        passwordHistoryText = PasswordHistory.recording(hash, in: passwordHistory).joined(separator: "\n")
        passwordHash = hash
    }
}
