import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The application's clock. Live it reads the system time; a test sets it and moves it, so a
/// rule that waits (a login delay, a session's end) is tested without sleeping.
public final class AppClock: Sendable {
    private let fixed = NIOLockedValueBox<Date?>(nil)

    public init() {}

    public var now: Date { fixed.withLockedValue { $0 } ?? Date() }

    /// Stops the clock at `date` (nil: back to the system time).
    public func set(_ date: Date?) {
        fixed.withLockedValue { $0 = date }
    }

    /// Moves a stopped clock on (stopping it at the current time first).
    public func advance(by seconds: TimeInterval) {
        fixed.withLockedValue { $0 = ($0 ?? Date()).addingTimeInterval(seconds) }
    }
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = AppClock
    }

    /// The one clock of this application (see `AppClock`).
    public var clock: AppClock {
        if let clock = storage[ClockKey.self] { return clock }
        let clock = AppClock()
        storage[ClockKey.self] = clock
        return clock
    }
}
