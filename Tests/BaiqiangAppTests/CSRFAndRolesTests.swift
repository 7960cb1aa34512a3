import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("CSRF protection and role checks on pages")
struct CSRFAndRolesTests {
    func createUserForm(_ csrf: String?) -> [String: String] {
        var form = ["username": "newuser", "role": "leader", "password": Fixture.password]
        if let csrf { form["_csrf"] = csrf }
        return form
    }

    @Test("A form posted without the CSRF token, or with a forged one, is refused and changes nothing",
          arguments: [nil, "forged-token"] as [String?])
    func refusesMissingOrForged(_ token: String?) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            let auditBefore = try await AuditEntry.query(on: app.db).count()
            try await app.testing().test(.POST, SiteURL.adminUsers.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(createUserForm(token), as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("表单已过期或来源无效"))
            })
            #expect(try await User.query(on: app.db).filter(\.$username == "newuser").count() == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == auditBefore)
        }
    }

    @Test("With the session's CSRF token the same form creates the account, audited")
    func acceptsValidToken() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.POST, SiteURL.adminUsers.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(createUserForm(browser.csrf), as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            #expect(try await User.query(on: app.db).filter(\.$username == "newuser").count() == 1)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "user.create")
                .filter(\.$entityID == "newuser").first())
            #expect(entry.actor == "admin1")
            #expect(entry.after?.contains("password") == false)
        }
    }

    @Test("A form posted with the token only in the address (not a file upload) is refused and changes nothing")
    func refusesTokenInQueryOfAForm() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.POST, SiteURL.adminUsers.path(query: ["_csrf": browser.csrf]), headers: browser.headers, beforeRequest: { request in
                try request.content.encode(createUserForm(nil), as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            var json = browser.headers
            json.contentType = .json
            try await app.testing().test(.POST, SiteURL.api(.demands).path(query: ["_csrf": browser.csrf]), headers: json,
                                         body: ByteBuffer(string: #"{"category":"sme","description":"x"}"#)) { response async in
                #expect(response.status == .forbidden, "a script's JSON post needs the header, not the address")
            }
            #expect(try await User.query(on: app.db).filter(\.$username == "newuser").count() == 0)
        }
    }

    @Test("Every upload form carries the token in its body, never in its address; an upload with it there is accepted, with it in the address refused")
    func uploadFormsCarryTheTokenInTheirBody() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            try await Fixture.user(app, "firm1", .enterprise, binding: code)
            let firm = try await app.signIn("firm1")
            let forms: [(SiteURL, Browser)] = [(.enterpriseImport, browser), (.planImport, browser), (.evaluation, browser), (.demandNew, firm)]
            for (form, who) in forms {
                let page = form.path
                try await app.testing().test(.GET, page, headers: who.headers) { response async in
                    #expect(response.status == .ok, "\(page)")
                    let body = response.body.string
                    #expect(body.contains(#"enctype="multipart/form-data""#), "\(page)")
                    #expect(!body.contains("_csrf="), "\(page) keeps the token out of every address")
                    #expect(body.contains(#"name="_csrf" value=""# + who.csrf), "\(page)")
                }
            }
            let boundary = "----bq"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.yaml\"\r\nContent-Type: application/yaml\r\n\r\ncode: x\ntitle: [unclosed\r\n--\(boundary)--\r\n"
            var headers = browser.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            try await app.testing().test(.POST, SiteURL.planImport.path, headers: headers,
                                         body: ByteBuffer(string: csrfPart(browser.csrf, boundary: boundary) + body)) { response async in
                #expect(response.status == .badRequest, "past the CSRF check to the file's own validation")
                #expect(!response.body.string.contains("_csrf="), "the re-rendered form keeps the token out of the address")
            }
            try await app.testing().test(.POST, SiteURL.planImport.path(query: ["_csrf": browser.csrf]), headers: headers, body: ByteBuffer(string: body)) { response async in
                #expect(response.status == .forbidden, "a token in the address is not accepted")
            }
            try await app.testing().test(.POST, SiteURL.planImport.path, headers: headers, body: ByteBuffer(string: body)) { response async in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("A non-admin gets 403 on the admin pages", arguments: [Role.leader, .department, .town, .enterprise])
    func adminOnly(_ role: Role) async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            let binding: String? = switch role {
            case .department: "gxj"
            case .town: "shaping"
            case .enterprise: code
            default: nil
            }
            try await Fixture.user(app, "someone", role, binding: binding)
            let browser = try await app.signIn("someone")
            for path in [SiteURL.adminUsers.path, SiteURL.adminAudit.path] {
                try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                    #expect(response.status == .forbidden, "\(role) on \(path)")
                    #expect(!response.body.string.contains("password_hash"))
                }
            }
        }
    }

    @Test("A weak password in the admin form is refused with the reason and nothing is created")
    func weakPassword() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.POST, SiteURL.adminUsers.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["username": "weak", "role": "leader", "password": "abc", "_csrf": browser.csrf],
                                           as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("密码至少需要"))
            })
            #expect(try await User.query(on: app.db).filter(\.$username == "weak").count() == 0)
        }
    }

    @Test("An account must carry the binding its role needs")
    func binding() async throws {
        try await withTestApp { app in
            await #expect(throws: AccountError.self) { try await Fixture.user(app, "town1", .town) }
            await #expect(throws: AccountError.self) { try await Fixture.user(app, "town1", .town, binding: "atlantis") }
            await #expect(throws: AccountError.self) { try await Fixture.user(app, "lead1", .leader, binding: "shaping") }
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }
}
