import Foundation

/// Lock-out after repeated failed logins (登录锁定): 5 failures lock an account for 15 minutes.
public struct LoginThrottle: Sendable {
    public var maxFailures = 5
    public var lockDuration: TimeInterval = 15 * 60

    public init() {}

    /// The account state after a failed attempt.
    public func afterFailure(failures: Int, now: Date) -> (failures: Int, lockedUntil: Date?) {
        let count = failures + 1
        return count >= maxFailures ? (0, now.addingTimeInterval(lockDuration)) : (count, nil)
    }

    public func isLocked(lockedUntil: Date?, now: Date) -> Bool {
        guard let lockedUntil else { return false }
        return lockedUntil > now
    }
}
