import Foundation

/// When a session is over (会话超时): after `idle` without a request (空闲超时), or after
/// `lifetime` however busy (绝对时长). The idle limit is what 等保 asks for: a screen left signed
/// in on a shared office computer closes itself; the absolute one bounds a stolen cookie.
public struct SessionTimeouts: Sendable, Equatable, Codable {
    public var idle: TimeInterval
    public var lifetime: TimeInterval

    /// 30 minutes idle, 8 hours in all: the defaults configuration starts from.
    public init(idle: TimeInterval = 30 * 60, lifetime: TimeInterval = 8 * 3600) {
        self.idle = idle
        self.lifetime = lifetime
    }

    /// A session idle exactly `idle` is still alive; one second more and it is over, so a
    /// configured "30 minutes" means what it says.
    public func isOver(startedAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) > idle || now.timeIntervalSince(startedAt) > lifetime
    }
}
