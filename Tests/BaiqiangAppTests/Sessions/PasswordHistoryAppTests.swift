import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Password history: none of the last five again")
struct PasswordHistoryAppTests {
    /// Six strong passwords, the fixture's first: after them the fixture's is the 6th-last.
    static let passwords = [Fixture.password] + (2...6).map { "Lotus-pond-20\($0)7" }

    func administration(_ app: Application) -> UserAdministration {
        UserAdministration(writer: app.writer(as: .commandLine("ops")), hasher: app.password)
    }

    func changeOwn(_ app: Application, from current: String, to new: String) async throws {
        try await UserAdministration(writer: app.writer(as: .system), hasher: app.password)
            .changeOwnPassword(username: "lead", current: current, new: new, repeated: new, currentSession: nil,
                               check: app.passwordCheck)
    }

    @Test("An own change to the 5th-last password is refused, to the 6th-last accepted")
    func ownChange() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            for (previous, next) in zip(Self.passwords, Self.passwords.dropFirst()) {
                try await changeOwn(app, from: previous, to: next)
            }
            let current = Self.passwords[5]
            await #expect(throws: PasswordPolicy.Weak.self) { try await changeOwn(app, from: current, to: Self.passwords[1]) }
            #expect(try await app.postLogin("lead", current).session != nil)
            try await changeOwn(app, from: current, to: Self.passwords[0])
            #expect(try await app.postLogin("lead", Self.passwords[0]).session != nil)
        }
    }

    @Test("An administrator's reset checks the same history")
    func adminReset() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            for password in Self.passwords.dropFirst() {
                try await administration(app).resetPassword(username: "lead", to: password)
            }
            await #expect(throws: PasswordPolicy.Weak.self) {
                try await administration(app).resetPassword(username: "lead", to: Self.passwords[1])
            }
            await #expect(throws: PasswordPolicy.Weak.self) {
                try await administration(app).resetPassword(username: "lead", to: Self.passwords[5])
            }
            try await administration(app).resetPassword(username: "lead", to: Self.passwords[0])
            #expect(try await app.postLogin("lead", Self.passwords[0]).session != nil)
        }
    }

    @Test("The history keeps five digests, and the audit log none")
    func keepsFive() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            for password in Self.passwords.dropFirst() {
                try await administration(app).resetPassword(username: "lead", to: password)
            }
            let user = try #require(try await User.query(on: app.db).filter(\.$username == "lead").first())
            #expect(user.passwordHistory.count == PasswordHistory.remembered)
            #expect(user.passwordHistory.first == user.passwordHash)
            let audit = try await AuditEntry.query(on: app.db).all()
            #expect(!audit.contains { ($0.after ?? "").contains("$2") })
        }
    }
}
