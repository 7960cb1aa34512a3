import Foundation

/// Throttling of failed logins (登录限速), keyed by account and client address, so that guessing
/// gets slow while the rightful user, signing in from elsewhere, is never locked out by a
/// stranger. No account is ever locked as a whole.
///
/// - Per account and address: the first `freeFailures` failures cost nothing; after that each
///   attempt from that address for that account waits `firstDelay`, doubled with every further
///   failure (1 s, 2 s, 4 s …), up to `maximumDelay`. A success from the address clears it; a day
///   without failures forgets it.
/// - Per address, across accounts: `addressLimit` failures within `addressWindow` make the
///   address wait until the window ends.
/// - Failed logins of unknown usernames are written to the audit log at most
///   `auditLimit` times per address per `auditWindow`; the rest are counted.
public struct LoginThrottle: Sendable {
    public var freeFailures = 3
    public var firstDelay: TimeInterval = 1
    public var maximumDelay: TimeInterval = 15 * 60
    public var forgetAfter: TimeInterval = 24 * 3600
    public var addressLimit = 20
    public var addressWindow: TimeInterval = 10 * 60
    public var auditLimit = 5
    public var auditWindow: TimeInterval = 60
    /// Usernames are at most this long; a longer one is cut before it is counted or logged.
    public static let usernameLimit = 64

    public init() {}

    /// Failures counted under one key: how many, when the count began, when the last one was.
    public struct Count: Sendable, Equatable {
        public var failures: Int
        public var since: Date
        public var last: Date

        public init(failures: Int, since: Date, last: Date) {
            self.failures = failures
            self.since = since
            self.last = last
        }
    }

    public enum Decision: Sendable, Equatable {
        case allowed
        case wait(until: Date)
    }

    /// The name a login attempt is counted and logged under.
    public static func accountKey(_ username: String) -> String {
        String(username.prefix(usernameLimit))
    }

    /// Whether an attempt may check a password now, given the failures of this account from
    /// this address (`pair`) and of this address for any account (`address`).
    public func decision(pair: Count?, address: Count?, now: Date) -> Decision {
        var until: Date?
        if let pair, now.timeIntervalSince(pair.last) < forgetAfter {
            let end = pair.last.addingTimeInterval(delay(afterFailures: pair.failures))
            if end > now { until = end }
        }
        if let address, address.failures >= addressLimit {
            let end = address.since.addingTimeInterval(addressWindow)
            if end > now { until = max(until ?? end, end) }
        }
        return until.map { .wait(until: $0) } ?? .allowed
    }

    /// The wait after `failures` failures of one account from one address.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let doublings = min(failures - freeFailures, 40)
        return min(maximumDelay, firstDelay * pow(2, Double(doublings)))
    }

    /// The account-and-address count after one more failure.
    public func pairAfterFailure(_ count: Count?, now: Date) -> Count {
        guard let count, now.timeIntervalSince(count.last) < forgetAfter else {
            return Count(failures: 1, since: now, last: now)
        }
        return Count(failures: count.failures + 1, since: count.since, last: now)
    }

    /// The address count after one more failure: a new window when the last one has ended.
    public func addressAfterFailure(_ count: Count?, now: Date) -> Count {
        windowed(count, window: addressWindow, now: now)
    }

    /// Whether a failed login of an unknown username gets its own audit row, and the audit
    /// count afterwards (`failures` counts the rows written in the current window).
    public func auditUnknown(_ count: Count?, now: Date) -> (write: Bool, count: Count) {
        let next = windowed(count, window: auditWindow, now: now)
        return next.failures <= auditLimit ? (true, next) : (false, count ?? next)
    }

    private func windowed(_ count: Count?, window: TimeInterval, now: Date) -> Count {
        guard let count, now.timeIntervalSince(count.since) < window else {
            return Count(failures: 1, since: now, last: now)
        }
        return Count(failures: count.failures + 1, since: count.since, last: now)
    }
}
