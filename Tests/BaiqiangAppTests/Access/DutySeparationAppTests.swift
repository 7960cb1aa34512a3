import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// 三员分立 on the pages: once a county has a security officer and an auditor, the system
/// administrator, the security officer and the auditor are each refused the others' work.
@Suite("Separation of the three administrators on the pages")
struct DutySeparationAppTests {
    /// The page of each duty, and who may open it once duties are separated.
    static let pages: [(url: SiteURL, owner: Role)] = [
        (.adminUsers, .securityOfficer), (.adminAudit, .auditor), (.adminCalendar, .admin),
    ]

    func status(_ app: Application, _ browser: Browser, _ url: SiteURL) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.testing().test(.GET, url.path, headers: browser.headers) { response async in status = response.status }
        return status
    }

    @Test("Separated: each administrator opens only the page of their own duty; the others are 403")
    func eachToTheirOwn() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "sysadmin", .admin)
            try await Fixture.user(app, "secoff", .securityOfficer)
            try await Fixture.user(app, "auditor1", .auditor)
            for (username, role) in [("sysadmin", Role.admin), ("secoff", .securityOfficer), ("auditor1", .auditor)] {
                let browser = try await app.signIn(username)
                for page in Self.pages {
                    let expected: HTTPStatus = page.owner == role ? .ok : .forbidden
                    #expect(try await status(app, browser, page.url) == expected, "\(username) \(page.url.path)")
                }
            }
        }
    }

    @Test("Separated: the system administrator cannot create an account, and nothing is written")
    func adminCannotCreateAccounts() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "sysadmin", .admin)
            try await Fixture.user(app, "secoff", .securityOfficer)
            try await Fixture.user(app, "auditor1", .auditor)
            let browser = try await app.signIn("sysadmin")
            try await app.testing().test(.POST, SiteURL.adminUsers.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["username": "sneaky", "role": "admin", "password": Fixture.password,
                                            "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            #expect(try await User.query(on: app.db).filter(\.$username == "sneaky").count() == 0)
        }
    }

    @Test("Upgraded from one administrator: until both accounts exist the administrator keeps all three duties and is told why")
    func upgradeLocksNobodyOut() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "sysadmin", .admin)
            try await Fixture.user(app, "secoff", .securityOfficer)
            let browser = try await app.signIn("sysadmin")
            for page in Self.pages {
                #expect(try await status(app, browser, page.url) == .ok, "\(page.url.path)")
            }
            try await app.testing().test(.GET, SiteURL.adminUsers.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("三员分立尚未生效"))
            }
        }
    }

    @Test("When the auditor's account is disabled, the audit log falls back to the administrator, not to nobody")
    func disablingFallsBack() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "sysadmin", .admin)
            try await Fixture.user(app, "secoff", .securityOfficer)
            try await Fixture.user(app, "auditor1", .auditor)
            let admin = try await app.signIn("sysadmin")
            #expect(try await status(app, admin, .adminAudit) == .forbidden)
            let officer = try await app.signIn("secoff")
            try await app.testing().test(.POST, SiteURL.adminUserAction(username: "auditor1", action: "deactivate").path,
                                         headers: officer.headers, beforeRequest: { request in
                try request.content.encode(["_csrf": officer.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            #expect(try await status(app, admin, .adminAudit) == .ok)
        }
    }

    @Test("The navigation takes each administrator to a page they may open")
    func navigationPerDuty() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "sysadmin", .admin)
            try await Fixture.user(app, "secoff", .securityOfficer)
            try await Fixture.user(app, "auditor1", .auditor)
            for (username, url) in [("sysadmin", SiteURL.adminCalendar), ("secoff", .adminUsers), ("auditor1", .adminAudit)] {
                let browser = try await app.signIn(username)
                try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in
                    #expect(response.body.string.contains("href=\"\(url.path)\""), "\(username)")
                }
            }
        }
    }
}
