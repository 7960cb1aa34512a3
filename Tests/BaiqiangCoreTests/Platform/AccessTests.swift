import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Roles, scope and passwords")
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
        ("Password12", "common word"), ("Aaaaaaaaa1", "repeated"), ("Qwerty2026!", "common word"),
        ("Admin@123456", "common word"), ("Welcome-1234567", "common word"), ("P@ssw0rd2026", "common word"),
        ("Xx1!" + String(repeating: "z", count: 20), "repeated"),
        ("Aa1!" + String(repeating: "x", count: 69), "72 bytes"),
        ("Aa1-" + String(repeating: "密", count: 23), "72 bytes"),
    ])
    func weakPasswords(password: String, reason: String) {
        #expect {
            try PasswordPolicy.check(password, username: "zhangwei")
        } throws: { error in
            (error as? PasswordPolicy.Weak)?.message.en.contains(reason) == true
        }
    }

    @Test("Strong passwords pass, up to 72 bytes", arguments: [
        "Heshan-2026-top100", "Another-pass-2027", "Tea4Two-at-noon", "Aa1-" + String(repeating: "k", count: 2) + "mnopqrstuvwxyzbcdfghjk",
        "Ab1-" + String(repeating: "qz", count: 34),
    ])
    func strongPassword(password: String) throws {
        #expect(password.utf8.count <= 72)
        try PasswordPolicy.check(password, username: "admin")
    }
}
