import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Every query is scoped by role")
struct ScopingTests {
    struct Firms {
        var own: String
        var other: String
        var otherTown: String
    }

    func seed(_ app: Application) async throws -> Firms {
        let own = try await Fixture.enterprise(app, serial: 1, name: "自家企业", town: "shaping")
        let other = try await Fixture.enterprise(app, serial: 2, name: "同镇企业", town: "shaping")
        let otherTown = try await Fixture.enterprise(app, serial: 3, name: "外镇企业", town: "gonghe")
        try await Fixture.user(app, "firm", .enterprise, binding: own)
        try await Fixture.user(app, "town", .town, binding: "shaping")
        try await Fixture.user(app, "bureau", .department, binding: "gxj")
        return Firms(own: own, other: other, otherTown: otherTown)
    }

    @Test("An enterprise reads its own record and gets 404, not 403, for another's, by page and by API")
    func enterpriseSeesOnlyItself() async throws {
        try await withTestApp { app in
            let firms = try await seed(app)
            let browser = try await app.signIn("firm")
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: firms.own).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("自家企业"))
            }
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: firms.other).path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("同镇企业"))
            }
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "firm").token
            var bearer = HTTPHeaders()
            bearer.bearerAuthorization = .init(token: token)
            try await app.testing().test(.GET, SiteURL.api(.enterprise(creditCode: firms.other)).path, headers: bearer) { response async in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType?.subType == "problem+json")
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprise(creditCode: firms.own)).path, headers: bearer) { response async throws in
                #expect(response.status == .ok)
                let row = try decodeJSON(EnterpriseStore.Row.self, response)
                #expect(row.creditCode == firms.own)
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path, headers: bearer) { response async throws in
                let page = try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response)
                #expect(page.items.map(\.creditCode) == [firms.own])
            }
        }
    }

    @Test("A town sees its own town's firms only; a department sees the county")
    func townAndDepartment() async throws {
        try await withTestApp { app in
            let firms = try await seed(app)
            for (username, expected) in [("town", [firms.own, firms.other]), ("bureau", [firms.own, firms.other, firms.otherTown])] {
                let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
                var bearer = HTTPHeaders()
                bearer.bearerAuthorization = .init(token: token)
                try await app.testing().test(.GET, SiteURL.api(.enterprises).path, headers: bearer) { response async throws in
                    let page = try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response)
                    #expect(page.items.map(\.creditCode) == expected.sorted(), "\(username)")
                }
            }
            let browser = try await app.signIn("town")
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: firms.otherTown).path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.enterprises.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("同镇企业"))
                #expect(!response.body.string.contains("外镇企业"))
            }
        }
    }

    @Test("The API list pages by cursor, in credit-code order, without gaps or repeats")
    func cursorPagination() async throws {
        try await withTestApp { app in
            var codes: [String] = []
            for serial in 1...7 {
                codes.append(try await Fixture.enterprise(app, serial: serial, name: "企业\(serial)", town: "yayao"))
            }
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var bearer = HTTPHeaders()
            bearer.bearerAuthorization = .init(token: token)
            var seen: [String] = []
            var cursor: String?
            repeat {
                let path = SiteURL.api(.enterprises).path(query: ["limit": "3", "cursor": cursor])
                try await app.testing().test(.GET, path, headers: bearer) { response async throws in
                    let page = try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response)
                    #expect(page.items.count <= 3)
                    seen += page.items.map(\.creditCode)
                    cursor = page.nextCursor
                }
            } while cursor != nil
            #expect(seen == codes.sorted())
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path(query: ["limit": "0"]), headers: bearer) { response async in
                #expect(response.status == .badRequest)
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path(query: ["cursor": "%%"]), headers: bearer) { response async in
                #expect(response.status == .badRequest)
            }
        }
    }
}
