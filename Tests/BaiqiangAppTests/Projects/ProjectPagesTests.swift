import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The pipeline, the stalled lists and a project's page, read within the account's scope, and the
/// form that moves a project's stage.
@Suite("Projects: pipeline, stalled lists, a project's page and its stage form")
struct ProjectPagesTests {
    @Test("The pipeline shows the kanban with counts and the funnel; demo projects are labelled 演示数据 and some are stalled")
    func pipeline() async throws {
        try await withTestApp { app in
            try await DemoProjectsSeed.fillIfEmpty(app, seed: 7, actor: .system)
            #expect(try await Project.query(on: app.db).filter(\.$isDemo == true).count() == DemoProjects.defaultCount)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.projects.path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains(#"class="kanban""#) && html.contains("chart funnel"))
                #expect(html.contains("隆基绿能鹤山10GW组件项目"))
                #expect(html.contains("演示数据"))
                #expect(html.contains("共 \(DemoProjects.defaultCount + 2) 个项目"))
            }
            try await app.testing().test(.GET, SiteURL.projectsStalled.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("演示领导"), "a stalled project names its linked leader")
            }
        }
    }

    @Test("A town sees its town's projects, the codename before signing; another town's project and another county's are 404")
    func townScope() async throws {
        try await withTestApp { app in
            let mine = try await ProjectFixture.project(app, ProjectFixture.record("共和保密项目", codename: "代号共和"))
            let theirs = try await ProjectFixture.project(app, ProjectFixture.record("沙坪项目", codename: "代号沙坪", town: "shaping"))
            let elsewhere = try await ProjectFixture.project(app, ProjectFixture.record("外县项目", codename: "代号外县"), county: "440703")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let browser = try await app.signIn("townuser")
            try await app.testing().test(.GET, SiteURL.projects.path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(html.contains("代号共和") && !html.contains("共和保密项目"))
                #expect(!html.contains("代号沙坪") && !html.contains("代号外县"))
            }
            try await app.testing().test(.GET, SiteURL.project(id: mine.uuidString).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("代号共和") && !response.body.string.contains("共和保密项目"))
                #expect(!response.body.string.contains(#"name="stage""#), "a town is not offered the stage form")
            }
            for id in [theirs, elsewhere] {
                try await app.testing().test(.GET, SiteURL.project(id: id.uuidString).path, headers: browser.headers) { response async in
                    #expect(response.status == .notFound)
                }
            }
        }
    }

    @Test("Longi's page shows its planned milestones, 未报 once their days passed and never done, its sources and its light")
    func longiPage() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            let longi = try #require(try await Project.query(on: app.db).filter(\.$name == "隆基绿能鹤山10GW组件项目").first())
            try await app.testing().test(.GET, SiteURL.project(id: try longi.requireID().uuidString).path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("2023-03-31") && html.contains("未报"))
                #expect(!html.contains("已完成"), "a planned day is never shown as done")
                #expect(html.contains("caixun.net"))
                #expect(html.contains("chart timeline"))
                #expect(!html.contains("演示数据"))
            }
        }
    }

    @Test("The stage form needs the CSRF token; a skip without a reason is refused with the reason; with one the stage moves")
    func stageForm() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("表单项目"), stage: .negotiating, since: "2024-01-10")
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let browser = try await app.signIn("tcj-user")
            let path = SiteURL.projectStage(id: id.uuidString).path
            func post(_ browser: Browser, _ form: [String: String]) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
                    try request.content.encode(form, as: .urlEncodedForm)
                }, afterResponse: { response async in result = (response.status, response.body.string) })
                return result
            }
            #expect(try await post(browser, ["stage": "signed", "date": "2024-02-01"]).0 == .forbidden)
            let skip = try await post(browser, ["stage": "registered", "date": "2024-02-01", "_csrf": browser.csrf])
            #expect(skip.0 == .badRequest && skip.1.contains("需要填写原因"))
            let town = try await app.signIn("townuser")
            #expect(try await post(town, ["stage": "signed", "date": "2024-02-01", "_csrf": town.csrf]).0 == .forbidden)
            #expect(try await Project.find(id, on: app.db)?.stage == ProjectStage.negotiating.rawValue)
            let moved = try await post(browser, ["stage": "registered", "date": "2024-02-01", "reason": "签约与注册同月", "_csrf": browser.csrf])
            #expect(moved.0 == .seeOther)
            #expect(try await Project.find(id, on: app.db)?.stage == ProjectStage.registered.rawValue)
        }
    }
}
