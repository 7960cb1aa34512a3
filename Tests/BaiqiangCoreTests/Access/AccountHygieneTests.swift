import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Idle sessions, inactive accounts and password history")
struct AccountHygieneTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("A session idle exactly 30 minutes is alive; one second more and it is over")
    func idleEdge() {
        let timeouts = SessionTimeouts()
        let seen = Self.start.addingTimeInterval(600)
        #expect(!timeouts.isOver(startedAt: Self.start, lastSeenAt: seen, now: seen.addingTimeInterval(30 * 60)))
        #expect(timeouts.isOver(startedAt: Self.start, lastSeenAt: seen, now: seen.addingTimeInterval(30 * 60 + 1)))
    }

    @Test("A busy session still ends at its absolute lifetime")
    func lifetimeEdge() {
        let timeouts = SessionTimeouts(idle: 15 * 60, lifetime: 3600)
        let end = Self.start.addingTimeInterval(3600)
        #expect(!timeouts.isOver(startedAt: Self.start, lastSeenAt: end, now: end))
        #expect(timeouts.isOver(startedAt: Self.start, lastSeenAt: end, now: end.addingTimeInterval(1)))
    }

    @Test("Unused for exactly N days an account stays enabled; a second longer it is disabled")
    func inactiveEdge() {
        let rule = InactiveAccountRule(days: 90)
        let lastSignIn = Self.start
        let edge = lastSignIn.addingTimeInterval(90 * 86_400)
        #expect(!rule.disables(lastSignInAt: lastSignIn, createdAt: lastSignIn, now: edge))
        #expect(rule.disables(lastSignInAt: lastSignIn, createdAt: lastSignIn, now: edge.addingTimeInterval(1)))
    }

    @Test("An account never used counts from its creation; without a limit nothing is disabled")
    func neverUsedAndOff() {
        let later = Self.start.addingTimeInterval(91 * 86_400)
        #expect(InactiveAccountRule(days: 90).disables(lastSignInAt: nil, createdAt: Self.start, now: later))
        #expect(!InactiveAccountRule(days: nil).disables(lastSignInAt: nil, createdAt: Self.start, now: later))
    }

    /// Stands in for bcrypt: a "hash" is the password reversed.
    static func matches(_ password: String, _ hash: String) -> Bool { String(password.reversed()) == hash }

    @Test("Each of the last five passwords is refused; the sixth back is allowed")
    func history() {
        var history: [String] = []
        for index in 1...6 { history = PasswordHistory.recording(String("Old-pass-\(index)".reversed()), in: history) }
        #expect(history.count == 5)
        for index in 2...6 {
            #expect(throws: PasswordPolicy.Weak.self) {
                try PasswordHistory.check("Old-pass-\(index)", history: history, matches: Self.matches)
            }
        }
        #expect(throws: Never.self) {
            try PasswordHistory.check("Old-pass-1", history: history, matches: Self.matches)
        }
    }

    @Test("A history longer than five, as stored before, is checked on its newest five only")
    func longHistory() {
        let history = (1...7).map { String("Pass-\($0)".reversed()) }
        #expect(throws: PasswordPolicy.Weak.self) {
            try PasswordHistory.check("Pass-5", history: history, matches: Self.matches)
        }
        #expect(throws: Never.self) {
            try PasswordHistory.check("Pass-6", history: history, matches: Self.matches)
        }
    }
}
