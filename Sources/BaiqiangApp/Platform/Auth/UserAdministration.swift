import BaiqiangCore
import Fluent
import Vapor

/// Creating and maintaining accounts: one implementation for the admin pages, the API and the CLI.
public struct UserAdministration: Sendable {
    let writer: Writer
    let hasher: any PasswordHasher

    public struct NewUser: Sendable {
        public var username: String
        public var displayName: String?
        public var role: Role
        /// The department code, town code or enterprise credit code the account is bound to.
        public var binding: String?
        public var password: String

        public init(username: String, displayName: String? = nil, role: Role, binding: String?, password: String) {
            self.username = username
            self.displayName = displayName
            self.role = role
            self.binding = binding
            self.password = password
        }
    }

    /// Creates an account after checking name, binding and password strength.
    @discardableResult
    public func create(_ new: NewUser) async throws -> User {
        var check = FieldChecker()
        check.text(new.username, .username, field: "username")
        check.text(new.displayName, .name, field: "displayName")
        check.text(new.binding, .code, field: "binding")
        try check.finish()
        let username = new.username.trimmingCharacters(in: .whitespaces)
        guard username.range(of: #"^[A-Za-z0-9_.\-]{3,64}$"#, options: .regularExpression) != nil else {
            throw AccountError(message: BilingualText(
                zh: "用户名须为 3–64 个字母、数字或 _ . -", en: "A username has 3–64 letters, digits or _ . -"))
        }
        try PasswordPolicy.check(new.password, username: username)
        let hash = try hasher.hash(new.password)
        return try await AccountStore.createUser(username: username, displayName: new.displayName, role: new.role,
                                                 binding: new.binding, passwordHash: hash, writer: writer)
    }

    /// Sets a new password chosen by an administrator: every session and API token of the
    /// account ends, since whoever knew the old password may have made them.
    public func resetPassword(username: String, to password: String) async throws {
        try PasswordPolicy.check(password, username: username)
        if let user = try await AccountStore(db: writer.database).user(named: username, in: writer.countyCode) {
            let hasher = self.hasher
            try PasswordHistory.check(password, history: user.passwordHistory) { (try? hasher.verify($0, created: $1)) ?? false }
        }
        let hash = try hasher.hash(password)
        try await AccountStore.resetPassword(username: username, hash: hash, writer: writer)
    }

    /// A user changes their own password: the current one must be right, the new one given twice
    /// and strong. Their API tokens and every other session end; `currentSession` (the token
    /// digest of the session making the change) stays signed in.
    func changeOwnPassword(username: String, current: String, new: String, repeated: String,
                                  currentSession: String?, check: PasswordCheck) async throws {
        guard new == repeated else {
            throw AccountError(message: BilingualText(zh: "两次输入的新密码不一致", en: "The two new passwords differ"))
        }
        try PasswordPolicy.check(new, username: username)
        let user = try await AccountStore(db: writer.database).user(named: username)
        let digest = user?.passwordHash
        guard let user, let digest, try await check.verify(current, against: digest) else {
            throw AccountError(message: BilingualText(zh: "当前密码不正确", en: "The current password is wrong"))
        }
        try await check.refuseRecent(new, history: user.passwordHistory)
        let hash = try hasher.hash(new)
        // Checked outside the transaction: the store refuses if the password changed in between.
        try await AccountStore.changePassword(username: username, checkedDigest: digest, hash: hash, keepingSession: currentSession,
                                              writer: writer)
    }

    public func setActive(username: String, _ active: Bool) async throws {
        try await AccountStore.setActive(username: username, active, writer: writer)
    }

    /// Clears the account's failed-login counts from every address (see `LoginThrottle`).
    public func unlock(username: String) async throws {
        try await AccountStore.unlock(username: username, writer: writer)
    }
}

extension BindingKind {
    var label: BilingualText {
        switch self {
        case .department: BilingualText(zh: "部门", en: "department")
        case .town: BilingualText(zh: "镇街", en: "town")
        case .enterprise: BilingualText(zh: "企业", en: "enterprise")
        }
    }
}
