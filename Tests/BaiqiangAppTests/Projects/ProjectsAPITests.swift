import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `/api/v1/projects`: scoped like the pages, codenames kept, stage changes refused as problem+json.
@Suite("Projects API: list by cursor, one project, stage transitions")
struct ProjectsAPITests {
    struct Page: Decodable {
        struct Item: Decodable { var name: String }
        var items: [Item]
        var next_cursor: String?
    }

    static func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let (token, _) = try await TokenService(writer: app.writer(as: .system)).create(username: username, name: "script")
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    @Test("A town's list shows codenames and pages by cursor; another county's project is 404")
    func listAndScope() async throws {
        try await withTestApp { app in
            for n in 1...3 {
                try await ProjectFixture.project(app, ProjectFixture.record("城内项目\(n)", codename: "代号\(n)"))
            }
            let elsewhere = try await ProjectFixture.project(app, ProjectFixture.record("外县项目"), county: "440703")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let headers = try await Self.bearer(app, "townuser")
            var cursor: String?
            var names: [String] = []
            try await app.testing().test(.GET, SiteURL.api(.projects).path + "?limit=2", headers: headers) { response async throws in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("城内项目"))
                let page = try decodeJSON(Page.self, response)
                names += page.items.map(\.name)
                cursor = page.next_cursor
            }
            let next = try #require(cursor)
            try await app.testing().test(.GET, SiteURL.api(.projects).path + "?limit=2&cursor=\(next)", headers: headers) { response async throws in
                names += try decodeJSON(Page.self, response).items.map(\.name)
            }
            #expect(names.sorted() == ["代号1", "代号2", "代号3"])
            try await app.testing().test(.GET, SiteURL.api(.project(id: elsewhere.uuidString)).path, headers: headers) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("A skip without a reason is a 400 problem; a town is refused 403; the lead department's next step is applied")
    func transitions() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("接口项目"), stage: .negotiating, since: "2024-01-10")
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let lead = try await Self.bearer(app, "tcj-user"), town = try await Self.bearer(app, "townuser")
            let path = SiteURL.api(.projectTransitions(id: id.uuidString)).path
            try await app.testing().test(.POST, path, headers: lead, beforeRequest: { request in
                try request.content.encode(["stage": "registered", "date": "2024-02-01"], as: .json)
            }, afterResponse: { response async throws in
                #expect(response.status == .badRequest)
                #expect(try problemFields(response)["detail"] != nil)
            })
            try await app.testing().test(.POST, path, headers: town, beforeRequest: { request in
                try request.content.encode(["stage": "signed", "date": "2024-02-01"], as: .json)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            try await app.testing().test(.POST, path, headers: lead, beforeRequest: { request in
                try request.content.encode(["stage": "signed", "date": "2024-02-01"], as: .json)
            }, afterResponse: { response async throws in
                #expect(response.status == .ok)
                #expect(try response.content.get(String.self, at: "project", "stage") == "signed")
            })
        }
    }
}
