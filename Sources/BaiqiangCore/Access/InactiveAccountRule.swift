import Foundation

/// Accounts nobody has used for a while are disabled (长期未使用账户停用): an unused account is a
/// password nobody watches. Counted from the last sign-in, or from creation for an account never
/// used, so a new account gets the whole period to be used.
public struct InactiveAccountRule: Sendable, Equatable, Codable {
    /// Days without a sign-in after which the account is disabled; nil keeps every account.
    public var days: Int?

    public init(days: Int?) {
        self.days = days
    }

    /// Unused for exactly `days` days is still enabled; any longer and it is disabled.
    public func disables(lastSignInAt: Date?, createdAt: Date, now: Date) -> Bool {
        guard let days else { return false }
        let since = lastSignInAt ?? createdAt
        return now.timeIntervalSince(since) > TimeInterval(days) * 86_400
    }
}
