import BaiqiangCore
import Fluent
import Foundation

/// The writes of account administration, each in one audited transaction: an account made, a
/// password set or changed, an account enabled, disabled or unlocked, and the sweep of unused
/// accounts. Names, password strength and history are checked by `UserAdministration` first.
extension AccountStore {
    /// Makes the account in the writer's county, bound to the unit `binding` names; refused when
    /// the username is taken or the binding does not fit the role.
    static func createUser(username: String, displayName: String?, role: Role, binding: String?, passwordHash: String,
                           writer: Writer) async throws -> User {
        let county = writer.countyCode
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            if try await store.usernameIsTaken(username) {
                throw AccountError(message: BilingualText(
                    zh: "用户名“\(username)”已被使用", en: "The username '\(username)' is taken"))
            }
            let user = User(username: username, displayName: displayName ?? username, passwordHash: passwordHash, role: role)
            user.countyCode = county
            try await store.bind(user, to: binding)
            try await store.create(user)
            try await audit.record(.userCreate, entity: .user, id: username, before: nil as UserSnapshot?, after: UserSnapshot(user))
            return user
        }
    }

    /// Sets the password with digest `hash` chosen by an administrator and clears the lock: every
    /// session and API token of the account ends, since whoever knew the old password may have
    /// made them.
    static func resetPassword(username: String, hash: String, writer: Writer) async throws {
        let now = writer.environment.now
        try await modify(username, action: .userResetPassword, writer: writer) { user, store, audit in
            user.setPassword(hash: hash)
            user.failedLogins = 0
            user.lockedUntil = nil
            try await store.endCredentials(of: user, keepingSession: nil, now: now, audit: audit)
        }
    }

    /// Sets the password a user chose for themselves, refused if the password changed since it
    /// was checked (it was `checkedDigest`). Their API tokens and every other session end;
    /// `keepingSession` (the digest of the session making the change) stays signed in.
    static func changePassword(username: String, checkedDigest: String, hash: String, keepingSession: String?,
                               writer: Writer) async throws {
        let now = writer.environment.now
        try await modify(username, action: .userChangePassword, writer: writer) { user, store, audit in
            guard user.passwordHash == checkedDigest else {
                throw AccountError(message: BilingualText(zh: "密码刚被修改，请重试", en: "The password was just changed; try again"))
            }
            user.setPassword(hash: hash)
            try await store.endCredentials(of: user, keepingSession: keepingSession, now: now, audit: audit)
        }
    }

    /// Enables or disables the account; a disabled one's sessions end.
    static func setActive(username: String, _ active: Bool, writer: Writer) async throws {
        try await modify(username, action: active ? .userActivate : .userDeactivate, writer: writer) { user, store, _ in
            user.isActive = active
            if !active { try await store.deleteSessions(of: user.requireID()) }
        }
    }

    /// Clears the account's failed-login counts from every address (see `LoginThrottle`).
    static func unlock(username: String, writer: Writer) async throws {
        try await modify(username, action: .userUnlock, writer: writer) { user, store, _ in
            user.failedLogins = 0
            user.lockedUntil = nil
            try await store.clearFailureCounts(account: user.username)
        }
    }

    /// Disables every enabled account of the installation that `isUnused` picks, each audited as
    /// `action`, its sessions ended; returns their usernames.
    static func disableUnused(action: AuditAction, writer: Writer,
                              isUnused: @escaping @Sendable (User) -> Bool) async throws -> [String] {
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            var disabled: [String] = []
            for user in try await store.activeUsersOfAllCounties() where isUnused(user) {
                let before = UserSnapshot(user)
                user.isActive = false
                try await store.update(user)
                try await store.deleteSessions(of: user.requireID())
                try await audit.record(action, entity: .user, id: user.username, before: before, after: UserSnapshot(user))
                disabled.append(user.username)
            }
            return disabled
        }
    }

    /// Changes the writer's county's account `username` with `change`, audited as `action` with
    /// the account before and after.
    private static func modify(_ username: String, action: AuditAction, writer: Writer,
                               _ change: @escaping @Sendable (User, AccountStore, AuditRecorder) async throws -> Void) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username, in: county) else {
                throw AccountError.unknownUser(username)
            }
            let before = UserSnapshot(user)
            try await change(user, store, audit)
            try await store.update(user)
            try await audit.record(action, entity: .user, id: username, before: before, after: UserSnapshot(user))
        }
    }

    /// Attaches the unit the role requires, refusing a missing or unknown one.
    private func bind(_ user: User, to binding: String?) async throws {
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
        guard let id = try await unitID(kind, code: code, in: user.countyCode) else {
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
