import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A figure is checked against its KPI's range, corrected only with a reason (the old one kept),
/// withdrawn with a reason, audited, and shown to the public only once the reviewer publishes it.
@Suite("Plan: figures are checked, correctable, withdrawable and reviewed before publication")
struct PlanFigureReviewTests {
    static let kpi = "education-investment-3y"

    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func record(_ app: Application, _ who: String, value: Double, date: String = "2024-12-31", reason: String? = nil,
                code: String = Self.kpi) async throws -> (HTTPStatus, String) {
        var outcome: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: code)).path, headers: try await bearer(app, who),
                                     beforeRequest: { request in
            try request.content.encode(PlanAPI.NewObservation(value: value, date: date, source: "教育局年报", unit: nil, reason: reason))
        }, afterResponse: { response async in outcome = (response.status, response.body.string) })
        return outcome
    }

    func review(_ app: Application, _ who: String, _ action: String, date: String = "2024-12-31", reason: String? = nil) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.POST, SiteURL.api(.planObservationReview(code: Self.kpi, date: date, action: action)).path,
                                     headers: try await bearer(app, who), beforeRequest: { request in
            try request.content.encode(PlanAPI.ObservationReview(reason: reason))
        }, afterResponse: { response async in status = response.status })
        return status
    }

    func publicPage(_ app: Application) async throws -> String {
        try await app.get(SiteURL.publicKPI(code: Self.kpi).path).body
    }

    func version(_ app: Application) async throws -> Int? { try await PlanRecord.query(on: app.db).first()?.version }

    @Test("A new figure counts inside at once, reaches the public page only when an administrator publishes it")
    func publication() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await Fixture.user(app, "boss", .admin)
            #expect(try await record(app, "edu", value: 2.5).0 == .created)
            let browser = try await app.signIn("edu")
            try await app.testing().test(.GET, SiteURL.planKPI(code: Self.kpi).path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("2.5 亿元"))
                #expect(response.body.string.contains("待审核发布"))
            }
            #expect(!(try await publicPage(app)).contains("2.5 亿元"), "not reviewed yet")
            #expect(try await review(app, "edu", "publish") == .forbidden, "the owner does not review its own figure")
            #expect(try await review(app, "boss", "publish") == .ok)
            #expect(try await publicPage(app).contains("2.5 亿元"))
            #expect(try await review(app, "boss", "publish") == .badRequest, "already published")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.observation.publish").count() == 1)
        }
    }

    @Test("A second figure for a date needs a reason; with one it corrects the first, which stays in the history")
    func correction() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            #expect(try await record(app, "edu", value: 2.5).0 == .created)
            let before = try await version(app)
            let refused = try await record(app, "edu", value: 2.6)
            #expect(refused.0 == .badRequest)
            #expect(refused.1.contains("更正理由"))
            #expect(try await version(app) == before)
            #expect(try await record(app, "edu", value: 2.0, date: "2024-06-30", reason: "笔误").0 == .badRequest, "nothing to correct on that date")
            #expect(try await record(app, "edu", value: 2.6, reason: "年报修订").0 == .created)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.observation.correct").first())
            #expect(entry.actor == "edu")
            let document = try await PlanStore(db: app.db, cache: app.planCache, today: app.appEnvironment.today).require()
            let figures = try #require(document.kpi(Self.kpi)).observations
            #expect(figures.map(\.value) == [2.5, 2.6])
            #expect(figures.map(\.status) == [.corrected, .current])
            #expect(figures.first?.reason == "年报修订")
            let browser = try await app.signIn("edu")
            try await app.testing().test(.GET, SiteURL.planKPI(code: Self.kpi).path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(body.contains("已更正：年报修订"))
                #expect(body.contains("<span class=\"number\">2.6 亿元</span>"), "the correction counts")
            }
        }
    }

    @Test("A figure is withdrawn only with a reason; a withdrawn figure no longer counts but stays visible")
    func withdrawal() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await Fixture.user(app, "other", .department, binding: "gxj")
            #expect(try await record(app, "edu", value: 2.5).0 == .created)
            #expect(try await review(app, "edu", "withdraw", reason: "  ") == .badRequest)
            #expect(try await review(app, "other", "withdraw", reason: "错") == .forbidden)
            #expect(try await review(app, "edu", "withdraw", date: "2024-06-30", reason: "错") == .notFound)
            #expect(try await review(app, "edu", "withdraw", reason: "口径有误") == .ok)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.observation.withdraw").count() == 1)
            let browser = try await app.signIn("edu")
            try await app.testing().test(.GET, SiteURL.planKPI(code: Self.kpi).path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(body.contains("已撤回：口径有误"))
                #expect(!body.contains("<span class=\"number\">2.5 亿元</span>"), "a withdrawn figure is not the latest")
            }
            #expect(try await record(app, "edu", value: 2.4).0 == .created, "the date is free again")
        }
    }

    @Test("A negative GDP is refused; zero is a figure", arguments: [(-5.0, false), (-0.01, false), (0.0, true)])
    func gdpRange(_ value: Double, _ accepted: Bool) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            let (status, body) = try await record(app, "stats", value: value, code: "gdp")
            #expect(status == (accepted ? .created : .badRequest))
            if !accepted { #expect(body.contains("不能为负数")) }
        }
    }
}
