import BaiqiangCore
import Foundation

/// The accounts page for administrators: every account with its state and actions, and the
/// form that makes one.
enum AdminUsersPage {
    struct Model {
        var accounts: [Account]
        /// The moment a lock is judged against.
        var now: Date
        var notice: String?
        var error: String?
        /// False while the system administrator still holds the security officer's and the
        /// auditor's duties: the page then says which accounts to create.
        var dutiesSeparated = true
    }

    /// One account as the list shows it.
    struct Account {
        var username: String
        var displayName: String
        var role: Role
        /// The code of the department, town or firm the account acts for.
        var binding: String?
        /// That unit's name, shown in place of the code.
        var bindingName: BilingualText? = nil
        var isActive: Bool
        var lockedUntil: Date?
        /// Failed sign-ins slow this account down; an administrator may clear them.
        var isThrottled: Bool
        /// An administrator may reset a second factor the account has set up.
        var hasSecondFactor = false
    }
}

extension AdminUsersPage.Account {
    /// From a user whose department, town and enterprise are loaded.
    init(_ user: User, throttled: Set<String>, withSecondFactor: Set<UUID> = []) {
        self.init(username: user.username, displayName: user.displayName, role: user.role,
                  binding: user.department?.code ?? user.town?.code ?? user.enterprise?.creditCode,
                  bindingName: user.department.map { BilingualText(zh: $0.nameZh, en: $0.nameEn) }
                      ?? user.town.map { BilingualText(zh: $0.nameZh, en: $0.nameEn) }
                      ?? user.enterprise.map { BilingualText(zh: $0.name, en: $0.name) },
                  isActive: user.isActive, lockedUntil: user.lockedUntil, isThrottled: throttled.contains(user.username),
                  hasSecondFactor: user.id.map(withSecondFactor.contains) ?? false)
    }
}
