import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A run decides nothing until it is published, and each year has one published run: the
/// consecutive-D list (which sets a firm's electricity price), the land rule on D-class holders,
/// the plan's figure and the firm's own view all follow the published run only.
@Suite("Publishing evaluation runs (发布评价结果)")
struct EvaluationPublicationTests {
    func run(_ app: Application, year: Int = 2025) async throws -> EvaluationRun {
        try await EvaluationStore(db: app.db, principal: .countyWide)
            .runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: year, writer: app.writer(as: .commandLine("gxj")))
    }

    func publish(_ app: Application, _ run: EvaluationRun) async throws {
        try await EvaluationStore(db: app.db, principal: .countyWide).publish(try run.requireID(), writer: app.writer(as: .commandLine("leader")))
    }

    func dFirms(_ app: Application, year: Int = 2025) async throws -> Set<String> {
        Set(try await EvaluationStore(db: app.db, principal: .countyWide).consecutiveD(year: year).map(\.creditCode))
    }

    @Test("A draft run changes neither the consecutive-D list, the plan's figure nor the land rule; publishing it does")
    func draftsDecideNothing() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 80, seed: 3, actor: .system)
            let draft = try await run(app)
            let dClassed = try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == draft.requireID())
                .filter(\.$evaluationClass == "D").all().map(\.creditCode)
            #expect(!dClassed.isEmpty)
            #expect(try await dFirms(app).isEmpty, "a draft sets no surcharge")
            let kpi = KPI(code: "a", name: .init(zh: "a", en: "a"), unit: "percent", target: nil)
            #expect(try await EvaluationKPIProvider(db: app.db).readings(for: kpi, asOf: PlanDate("2026-06-30")!).observations.isEmpty)
            let land = LandStore(db: app.db, principal: .countyWide)
            #expect(try await land.holderClasses(dClassed).isEmpty, "a draft marks no parcel")

            try await publish(app, draft)
            #expect(try await dFirms(app) == Set(dClassed))
            #expect(try await EvaluationKPIProvider(db: app.db).readings(for: kpi, asOf: PlanDate("2026-06-30")!).observations.count == 1)
            #expect(try await land.holderClasses(dClassed).values.allSatisfy { $0 == .d })
        }
    }

    @Test("Publishing another run of the year replaces the first; republishing changes nothing; both are audited")
    func onePublishedRunPerYear() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 40, seed: 3, actor: .system)
            let first = try await run(app), second = try await run(app), otherYear = try await run(app, year: 2024)
            try await publish(app, first)
            try await publish(app, otherYear)
            try await publish(app, second)
            try await publish(app, second)
            let runs = try await EvaluationRun.query(on: app.db).all()
            let published = runs.filter(\.isPublished).map(\.id)
            #expect(Set(published) == Set([second.id, otherYear.id]), "one per year: the second replaced the first")
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "evaluation.run.published").sort(\.$sequence).all()
            #expect(audit.count == 3, "republishing the published run records nothing")
            #expect(audit.last?.before?.contains(try first.requireID().uuidString) == true, "the replacement names what it replaced")
        }
    }

    @Test("The database refuses a second published run of a year even when the store is bypassed")
    func uniquenessHeldByTheDatabase() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 20, seed: 3, actor: .system)
            let first = try await run(app), second = try await run(app)
            first.publishedAt = Date()
            try await first.update(on: app.db)
            second.publishedAt = Date()
            await #expect(throws: (any Error).self) { try await second.update(on: app.db) }
        }
    }

    @Test("Only county leaders and administrators publish, on the page (with the form's token) and through the API")
    func whoPublishes() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 20, seed: 3, actor: .system)
            let draft = try await run(app)
            let id = try draft.requireID().uuidString
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "lead", .leader)
            func post(_ browser: Browser, csrf: Bool = true) async throws -> HTTPStatus {
                var status = HTTPStatus.ok
                try await app.testing().test(.POST, SiteURL.evaluationPublish(id: id).path, headers: browser.headers, beforeRequest: { request in
                    try request.content.encode(csrf ? ["_csrf": browser.csrf] : [:], as: .urlEncodedForm)
                }, afterResponse: { response async in status = response.status })
                return status
            }
            let department = try await app.signIn("gxj1")
            #expect(try await post(department) == .forbidden)
            let leader = try await app.signIn("lead")
            #expect(try await post(leader, csrf: false) == .forbidden)
            #expect(try await EvaluationRun.find(draft.id, on: app.db)?.isPublished == false)
            #expect(try await post(leader) == .seeOther)
            #expect(try await EvaluationRun.find(draft.id, on: app.db)?.publishedBy == "lead")

            let again = try await run(app)
            var token = HTTPHeaders()
            token.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: "gxj1").token)
            try await app.testing().test(.POST, SiteURL.api(.evaluationPublish(runID: again.requireID().uuidString)).path, headers: token) { response async in
                #expect(response.status == .forbidden)
            }
            token.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token)
            try await app.testing().test(.POST, SiteURL.api(.evaluationPublish(runID: again.requireID().uuidString)).path, headers: token) { response async throws in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
                #expect(body?["published"] as? Bool == true)
            }
        }
    }

    @Test("A firm sees no draft: not in the API, not on the run page, not on its record; it sees the published run")
    func firmSeesPublishedOnly() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 30, seed: 3, actor: .system)
            let draft = try await run(app)
            let id = try draft.requireID().uuidString
            let mine = try #require(try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == draft.requireID())
                .filter(\.$evaluationClass != "out").first())
            try await Fixture.user(app, "firm", .enterprise, binding: mine.creditCode)
            let browser = try await app.signIn("firm")
            func statuses() async throws -> [HTTPStatus] {
                var result: [HTTPStatus] = []
                for path in [SiteURL.evaluationRun(id: id).path, SiteURL.evaluationFirm(id: id, code: mine.creditCode).path] {
                    try await app.testing().test(.GET, path, headers: browser.headers) { response async in result.append(response.status) }
                }
                return result
            }
            #expect(try await statuses() == [.notFound, .notFound])
            let profile = SiteURL.enterprise(creditCode: mine.creditCode).path
            try await app.testing().test(.GET, profile, headers: browser.headers) { response async in
                #expect(!response.body.string.contains(SiteURL.evaluationFirm(id: id, code: mine.creditCode).path))
            }
            try await publish(app, draft)
            #expect(try await statuses() == [.ok, .ok])
            try await app.testing().test(.GET, profile, headers: browser.headers) { response async in
                #expect(response.body.string.contains(SiteURL.evaluationFirm(id: id, code: mine.creditCode).path))
            }
        }
    }
}
