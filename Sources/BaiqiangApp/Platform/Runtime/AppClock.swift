import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The application's clock. Live it reads the system time; a test sets it and moves it, so a
/// rule that waits (a login delay, a session's end) is tested without sleeping.
public final class AppClock: Sendable {
    private let fixed = NIOLockedValueBox<Date?>(nil)
    private let source: @Sendable () -> Date

    /// A clock reading `source` until it is set.
    public init(source: @escaping @Sendable () -> Date) {
        self.source = source
    }

    public var now: Date { fixed.withLockedValue { $0 } ?? source() }

    /// Stops the clock at `date` (nil: back to the system time).
    public func set(_ date: Date?) {
        fixed.withLockedValue { $0 = date }
    }

    /// Moves a stopped clock on (stopping it at the current time first).
    public func advance(by seconds: TimeInterval) {
        fixed.withLockedValue { $0 = ($0 ?? source()).addingTimeInterval(seconds) }
    }
}

extension Application {
    /// The one clock of this application (see `AppClock`), the environment's.
    public var clock: AppClock { appEnvironment.clock }
}
