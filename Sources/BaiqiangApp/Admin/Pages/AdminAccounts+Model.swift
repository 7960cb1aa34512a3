import BaiqiangCore
import Foundation

/// The account report (账号清单): every account of the county with its last sign-in, so a
/// security officer sees which accounts are unused and which lack a second factor.
enum AdminAccountsPage {
    struct Model {
        var rows: [Row]
        var sort: Sort
        /// Only accounts of this role; nil for all.
        var role: Role?
    }

    struct Row {
        var displayName: String
        var username: String
        var role: Role
        var unit: BilingualText?
        var isActive: Bool
        var lastSignInAt: Date?
        /// Whole days since the last sign-in; nil for never.
        var daysSince: Int?
        var secondFactor: SecondFactorState
    }

    enum Sort: String, CaseIterable {
        case username
        /// Longest unused first, never-used before all.
        case lastSignIn = "last_sign_in"
        /// Most recently used first, never-used last.
        case lastSignInNewest = "last_sign_in_desc"
    }

    /// The rows of `users` (their units loaded) with `role`, sorted by `sort`, judged at `now`.
    /// `withSecondFactor`: the ids of the accounts with an active second factor.
    static func rows(_ users: [User], role: Role?, sort: Sort, now: Date, withSecondFactor: Set<UUID>) -> [Row] {
        let rows = users.filter { role == nil || $0.role == role }.map { user in
            Row(user, now: now, secondFactor: user.id.map(withSecondFactor.contains) == true ? .enrolled : .notEnrolled)
        }
        switch sort {
        case .username: return rows.sorted { $0.username < $1.username }
        case .lastSignIn: return rows.sorted { ($0.lastSignInAt ?? .distantPast, $0.username) < ($1.lastSignInAt ?? .distantPast, $1.username) }
        case .lastSignInNewest:
            return rows.sorted { ($0.lastSignInAt ?? .distantPast, $1.username) > ($1.lastSignInAt ?? .distantPast, $0.username) }
        }
    }
}

extension AdminAccountsPage.Row {
    init(_ user: User, now: Date, secondFactor: SecondFactorState) {
        let unit: BilingualText? = if let department = user.department {
            BilingualText(zh: department.nameZh, en: department.nameEn)
        } else if let town = user.town {
            BilingualText(zh: town.nameZh, en: town.nameEn)
        } else if let enterprise = user.enterprise {
            BilingualText(zh: enterprise.name, en: enterprise.name)
        } else {
            nil
        }
        self.init(displayName: user.displayName, username: user.username, role: user.role, unit: unit,
                  isActive: user.isActive, lastSignInAt: user.lastSignInAt,
                  daysSince: user.lastSignInAt.map { max(0, Int(now.timeIntervalSince($0) / 86_400)) },
                  secondFactor: secondFactor)
    }
}
