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
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            if try await store.usernameIsTaken(username) {
                throw AccountError(message: BilingualText(
                    zh: "用户名“\(username)”已被使用", en: "The username '\(username)' is taken"))
            }
            let user = User(username: username, displayName: new.displayName ?? username, passwordHash: hash, role: new.role)
            user.countyCode = writer.countyCode
            try await Self.bind(user, to: new.binding, in: store)
            try await store.create(user)
            try await audit.record(.userCreate, entity: .user, id: username, before: nil as UserSnapshot?, after: UserSnapshot(user))
            return user
        }
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
        let now = writer.environment.now
        try await modify(username, action: .userResetPassword) { user, db, audit in
            user.setPassword(hash: hash)
            user.failedLogins = 0
            user.lockedUntil = nil
            try await Self.endCredentials(of: user, keepingSession: nil, now: now, on: db, audit: audit)
        }
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
        let now = writer.environment.now
        try await modify(username, action: .userChangePassword) { user, db, audit in
            // Checked outside the transaction: refuse if the password changed in between.
            guard user.passwordHash == digest else {
                throw AccountError(message: BilingualText(zh: "密码刚被修改，请重试", en: "The password was just changed; try again"))
            }
            user.setPassword(hash: hash)
            try await Self.endCredentials(of: user, keepingSession: currentSession, now: now, on: db, audit: audit)
        }
    }

    /// Revokes the account's API tokens (each audited) and deletes its sessions but `keepingSession`.
    static func endCredentials(of user: User, keepingSession tokenHash: String?, now: Date,
                               on db: any Database, audit: AuditRecorder) async throws {
        let id = try user.requireID()
        let store = AccountStore(db: db)
        for token in try await store.unrevokedTokens(of: id) {
            let before = TokenSnapshot(token, username: user.username)
            token.revokedAt = now
            try await store.update(token)
            try await audit.record(.tokenRevoke, entity: .apiToken, id: token.id?.uuidString ?? "", before: before,
                                   after: TokenSnapshot(token, username: user.username))
        }
        try await store.deleteSessions(of: id, keeping: tokenHash)
    }

    public func setActive(username: String, _ active: Bool) async throws {
        try await modify(username, action: active ? .userActivate : .userDeactivate) { user, db, _ in
            user.isActive = active
            if !active { try await AccountStore(db: db).deleteSessions(of: user.requireID()) }
        }
    }

    /// Clears the account's failed-login counts from every address (see `LoginThrottle`).
    public func unlock(username: String) async throws {
        try await modify(username, action: .userUnlock) { user, db, _ in
            user.failedLogins = 0
            user.lockedUntil = nil
            try await AccountStore(db: db).clearFailureCounts(account: user.username)
        }
    }

    private func modify(_ username: String, action: AuditAction,
                        _ change: @escaping @Sendable (User, any Database, AuditRecorder) async throws -> Void) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username, in: county) else {
                throw AccountError.unknownUser(username)
            }
            let before = UserSnapshot(user)
            try await change(user, db, audit)
            try await store.update(user)
            try await audit.record(action, entity: .user, id: username, before: before, after: UserSnapshot(user))
        }
    }

    /// Attaches the unit the role requires, refusing a missing or unknown one.
    static func bind(_ user: User, to binding: String?, in store: AccountStore) async throws {
        guard let kind = user.role.requiredBinding else {
            if binding?.isEmpty == false {
                throw AccountError(message: BilingualText(
                    zh: "\(user.role.label.zh)账号不绑定单位", en: "A \(user.role.label.en.lowercased()) account is not bound to a unit"))
            }
            return
        }
        guard let code = binding?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            throw AccountError(message: BilingualText(
                zh: "\(user.role.label.zh)账号必须绑定\(kind.label.zh)", en: "A \(user.role.label.en.lowercased()) account must be bound to a \(kind.label.en)"))
        }
        // A unit of the account's own county only.
        guard let id = try await store.unitID(kind, code: code, in: user.countyCode) else {
            throw AccountError(message: BilingualText(
                zh: "未找到\(kind.label.zh)“\(code)”", en: "No \(kind.label.en) with code '\(code)'"))
        }
        switch kind {
        case .department: user.$department.id = id
        case .town: user.$town.id = id
        case .enterprise: user.$enterprise.id = id
        }
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
