import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Roles, scope, passwords and lock-out")
struct AccessTests {
    @Test("County-wide roles see everything; a town only its town; an enterprise only itself")
    func scopes() {
        #expect(AccessScope.of(role: .leader, townCode: nil, creditCode: nil) == .county)
        #expect(AccessScope.of(role: .department, townCode: nil, creditCode: nil) == .county)
        let town = AccessScope.of(role: .town, townCode: "shaping", creditCode: nil)
        #expect(town.admits(townCode: "shaping", creditCode: "X"))
        #expect(!town.admits(townCode: "gonghe", creditCode: "X"))
        let firm = AccessScope.of(role: .enterprise, townCode: "shaping", creditCode: "A")
        #expect(firm.admits(townCode: "gonghe", creditCode: "A"))
        #expect(!firm.admits(townCode: "shaping", creditCode: "B"))
    }

    @Test("An account missing its binding sees nothing, not everything")
    func unboundSeesNothing() {
        #expect(AccessScope.of(role: .town, townCode: nil, creditCode: nil) == .nothing)
        #expect(AccessScope.of(role: .enterprise, townCode: nil, creditCode: nil) == .nothing)
        #expect(!AccessScope.nothing.admits(townCode: nil, creditCode: nil))
    }

    @Test("Weak passwords are refused with a reason", arguments: [
        ("short1A!", "at least"), ("alllowercaseletters", "three"), ("Zhangwei2026!", "username"),
    ])
    func weakPasswords(password: String, reason: String) {
        #expect {
            try PasswordPolicy.check(password, username: "zhangwei")
        } throws: { error in
            (error as? PasswordPolicy.Weak)?.message.en.contains(reason) == true
        }
    }

    @Test("A strong password passes")
    func strongPassword() throws {
        try PasswordPolicy.check("Heshan-2026-top100", username: "admin")
    }

    @Test("Five failures lock the account for fifteen minutes")
    func lockout() {
        let throttle = LoginThrottle()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var failures = 0
        for attempt in 1...4 {
            let next = throttle.afterFailure(failures: failures, now: now)
            #expect(next.lockedUntil == nil, "attempt \(attempt) must not lock")
            failures = next.failures
        }
        let fifth = throttle.afterFailure(failures: failures, now: now)
        #expect(fifth.lockedUntil == now.addingTimeInterval(900))
        #expect(throttle.isLocked(lockedUntil: fifth.lockedUntil, now: now.addingTimeInterval(899)))
        #expect(!throttle.isLocked(lockedUntil: fifth.lockedUntil, now: now.addingTimeInterval(900)))
    }
}
