import BaiqiangCore
import Fluent
import Vapor

/// Disables the accounts `InactiveAccountRule` says have gone unused (长期未使用账户停用), each
/// audited as `user.disabled_inactive`, their sessions ended. A disabled account is refused at
/// sign-in like any inactive one; an administrator re-enables it.
public struct InactiveAccounts: Sendable {
    let writer: Writer
    let rule: InactiveAccountRule

    public static let action = AuditAction.userDisabledInactive

    /// Disables the unused accounts of every county and returns their usernames.
    @discardableResult
    public func disable() async throws -> [String] {
        guard rule.days != nil else { return [] }
        let rule = self.rule, now = writer.environment.now
        return try await AccountStore.disableUnused(action: Self.action, writer: writer) { user in
            rule.disables(lastSignInAt: user.lastSignInAt, createdAt: user.createdAt ?? now, now: now)
        }
    }
}

extension Application {
    /// Disables unused accounts now and then once a day until the returned task is cancelled.
    /// The server starts it; the sweep runs as the system.
    public func startInactiveAccountSweep() -> Task<Void, Never> {
        let sweep = InactiveAccounts(writer: writer(as: .system), rule: configuration.inactiveAccountRule)
        let logger = self.logger
        return Task {
            while !Task.isCancelled {
                do {
                    let disabled = try await sweep.disable()
                    if !disabled.isEmpty { logger.notice("disabled inactive accounts", metadata: ["users": "\(disabled)"]) }
                } catch {
                    logger.error("inactive account sweep failed: \(error)")
                }
                try? await Task.sleep(for: .seconds(86_400))
            }
        }
    }
}
