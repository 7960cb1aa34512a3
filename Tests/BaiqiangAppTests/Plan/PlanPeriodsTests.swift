import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Plans side by side: the current one and the others, the final review of an ended plan, the
/// next plan started from one, who may change which is current or public, and the cockpit's
/// snapshot following every write.
@Suite("Plan periods: current and archived plans, the final review, the next plan")
struct PlanPeriodsTests {
    /// Noon in Heshan (Asia/Shanghai) on `day`.
    static func noon(_ day: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ShanghaiDay.timeZone
        let parts = day.split(separator: "-").compactMap { Int($0) }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))!
    }

    func get(_ app: Application, _ path: String, _ headers: HTTPHeaders = [:]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.GET, path, headers: headers) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    func post(_ app: Application, _ path: String, _ browser: Browser, _ fields: [String: String], csrf: Bool = true) async throws -> (HTTPStatus, String) {
        var form = fields
        if csrf { form["_csrf"] = browser.csrf }
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    let nextPlan = ["code": "heshan-2026", "title_zh": "鹤山市制造业当家三年行动（2026—2028）", "title_en": "Heshan 2026–2028",
                    "start": "2026-01-01", "end": "2028-12-31", "keep_targets": "1"]

    @Test("A plan ending 2025-12-31 runs on that day and shows its final review from 2026-01-01")
    func theEndDay() async throws {
        try await withTestApp(at: Self.noon("2025-12-31")) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            let (_, running) = try await get(app, SiteURL.plan.path, browser.headers)
            #expect(!running.contains("终期评估"))
            #expect(running.contains("progress-schedule"), "a running plan measures progress against the schedule")

            app.clock.set(Self.noon("2026-01-01"))
            // A day later the session has long ended: sign in again.
            let nextDay = try await app.signIn("lead")
            let (_, ended) = try await get(app, SiteURL.plan.path, nextDay.headers)
            #expect(ended.contains("终期评估"))
            #expect(!ended.contains("progress-schedule"), "no schedule once the period is over")
            #expect(!ended.contains("预测 "), "no forecast once the period is over")
            #expect(ended.contains("无数据"))
            for page in [SiteURL.planScreen, .planReport, .planKPI(code: "education-investment-3y")] {
                let (status, body) = try await get(app, page.path, nextDay.headers)
                #expect(status == .ok)
                #expect(body.contains("终期评估"), "\(page.path)")
                #expect(!body.contains("progress-schedule"), "\(page.path)")
            }
            let (_, publicPage) = try await get(app, SiteURL.publicPlan.path)
            #expect(publicPage.contains("终期评估"))
        }
    }

    @Test("The review judges the last figure by the deadline: one dated after it does not count")
    func figureAfterTheDeadline() async throws {
        try await withTestApp(at: Self.noon("2026-03-01")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let browser = try await app.signIn("edu")
            let kpi = SiteURL.planKPI(code: "education-investment-3y").path
            #expect(try await get(app, kpi, browser.headers).1.contains("截止日期前无数据"))
            let (status, _) = try await post(app, SiteURL.planKPIObservations(code: "education-investment-3y").path, browser,
                                             ["value": "6", "date": "2026-01-15", "source": "教育局 2026 年报"])
            #expect(status == .seeOther)
            let (_, after) = try await get(app, kpi, browser.headers)
            #expect(after.contains("截止日期前无数据"), "a figure of 2026 does not meet a target due in 2025")
            #expect(!after.contains("已达成"))
            let (_, dated) = try await post(app, SiteURL.planKPIObservations(code: "education-investment-3y").path, browser,
                                            ["value": "4", "date": "2025-12-31", "source": "教育局 2025 年报"])
            _ = dated
            let (_, judged) = try await get(app, kpi, browser.headers)
            #expect(judged.contains("未达成"))
            #expect(judged.contains("80%"), "4 of a target of 5")
        }
    }

    @Test("An administrator starts the next plan: a draft, neither current nor public, audited; the cockpit switches between plans")
    func nextPlan() async throws {
        try await withTestApp(at: Self.noon("2026-12-01")) { app in
            try await Fixture.user(app, "boss", .admin)
            let browser = try await app.signIn("boss")
            let (status, _) = try await post(app, SiteURL.planPlanNext(code: "heshan-2022").path, browser, nextPlan)
            #expect(status == .seeOther)
            let record = try #require(try await PlanRecord.query(on: app.db).filter(\.$code == "heshan-2026").first())
            #expect(!record.isCurrent)
            #expect(!record.isPublished)
            let next = try PlanYAML.read(record.document, now: app.appEnvironment.today)
            #expect(next.allKPIs.allSatisfy { $0.observations.isEmpty })
            #expect(next.allMilestones.allSatisfy { $0.actual == nil })
            #expect(next.kpi("education-investment-3y")?.target?.deadline == PlanDate("2028-12-31"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.start_next").count() == 1)

            let (_, cockpit) = try await get(app, SiteURL.plan.path, browser.headers)
            #expect(cockpit.contains("奋力争创全国工业百强县"), "the current plan is still Heshan 2022")
            #expect(cockpit.contains("?plan=heshan-2026"), "the picker offers the new plan")
            let (_, draft) = try await get(app, SiteURL.plan.path + "?plan=heshan-2026", browser.headers)
            #expect(draft.contains("鹤山市制造业当家三年行动"))
            #expect(!draft.contains("终期评估"))
            #expect(try await get(app, SiteURL.publicPlan.path + "?plan=heshan-2026").0 == .notFound, "a draft is not public")

            #expect(try await post(app, SiteURL.planPlanCurrent(code: "heshan-2026").path, browser, [:]).0 == .seeOther)
            #expect(try await get(app, SiteURL.plan.path, browser.headers).1.contains("鹤山市制造业当家三年行动"))
            let (_, archived) = try await get(app, SiteURL.plan.path + "?plan=heshan-2022", browser.headers)
            #expect(archived.contains("终期评估"), "the archived plan stays readable, as its review")
            #expect(try await PlanRecord.query(on: app.db).filter(\.$isCurrent == true).count() == 1)

            #expect(try await get(app, SiteURL.publicPlan.path).1.contains("奋力争创全国工业百强县"),
                    "the public page shows the published plan while the current one is not")
            #expect(try await post(app, SiteURL.planPlanPublication(code: "heshan-2026").path, browser, ["published": "1"]).0 == .seeOther)
            #expect(try await get(app, SiteURL.publicPlan.path).1.contains("鹤山市制造业当家三年行动"))
            #expect(try await post(app, SiteURL.planPlanPublication(code: "heshan-2022").path, browser, ["published": "0"]).0 == .seeOther)
            #expect(try await get(app, SiteURL.publicPlan.path + "?plan=heshan-2022").0 == .notFound)
        }
    }

    @Test("A code in use, a bad code or a period ending before it starts is refused and nothing is created")
    func nextPlanRefusals() async throws {
        try await withTestApp(at: Self.noon("2026-12-01")) { app in
            try await Fixture.user(app, "boss", .admin)
            let browser = try await app.signIn("boss")
            var cases: [[String: String]] = []
            var inUse = nextPlan; inUse["code"] = "heshan-2022"; cases.append(inUse)
            var badCode = nextPlan; badCode["code"] = "Heshan 2026"; cases.append(badCode)
            var backwards = nextPlan; backwards["end"] = "2025-12-31"; cases.append(backwards)
            var long = nextPlan; long["title_zh"] = String(repeating: "长", count: 201); cases.append(long)
            for form in cases {
                let (status, _) = try await post(app, SiteURL.planPlanNext(code: "heshan-2022").path, browser, form)
                #expect(status == .badRequest, "\(form)")
            }
            #expect(try await PlanRecord.query(on: app.db).count() == 1)
            #expect(try await post(app, SiteURL.planPlanNext(code: "no-such-plan").path, browser, nextPlan).0 == .notFound)
        }
    }

    @Test("Only administrators switch the current plan, publish or start the next; every form needs its CSRF token")
    func refusals() async throws {
        try await withTestApp(at: Self.noon("2026-12-01")) { app in
            try await Fixture.user(app, "boss", .admin)
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "gxj", .department, binding: "gxj")
            for who in ["lead", "gxj"] {
                let browser = try await app.signIn(who)
                #expect(try await post(app, SiteURL.planPlanNext(code: "heshan-2022").path, browser, nextPlan).0 == .forbidden, "\(who)")
                #expect(try await post(app, SiteURL.planPlanCurrent(code: "heshan-2022").path, browser, [:]).0 == .forbidden, "\(who)")
                #expect(try await post(app, SiteURL.planPlanPublication(code: "heshan-2022").path, browser, ["published": "0"]).0 == .forbidden, "\(who)")
                let (status, page) = try await get(app, SiteURL.planPlans.path, browser.headers)
                #expect(status == .ok)
                #expect(!page.contains(SiteURL.planPlanNext(code: "heshan-2022").path), "no forms for \(who)")
            }
            let admin = try await app.signIn("boss")
            #expect(try await get(app, SiteURL.planPlans.path, admin.headers).1.contains(SiteURL.planPlanNext(code: "heshan-2022").path))
            #expect(try await post(app, SiteURL.planPlanNext(code: "heshan-2022").path, admin, nextPlan, csrf: false).0 == .forbidden)
            #expect(try await post(app, SiteURL.planPlanPublication(code: "heshan-2022").path, admin, ["published": "0"], csrf: false).0 == .forbidden)
            #expect(try await PlanRecord.query(on: app.db).count() == 1)
            #expect(try await PlanRecord.query(on: app.db).first()?.isPublished == true)
            #expect(try await get(app, SiteURL.planPlans.path).0 != .ok, "the list is for those signed in")
        }
    }

    @Test("The cockpit and the public page follow a write on the next request")
    func snapshotFollowsWrites() async throws {
        try await withTestApp(at: Self.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let browser = try await app.signIn("edu")
            let (_, before) = try await get(app, SiteURL.plan.path, browser.headers)
            #expect(!before.contains("3.75 亿元"))
            _ = try await get(app, SiteURL.publicPlan.path)
            let (status, _) = try await post(app, SiteURL.planKPIObservations(code: "education-investment-3y").path, browser,
                                             ["value": "3.75", "date": "2025-06-01", "source": "教育局"])
            #expect(status == .seeOther)
            #expect(try await get(app, SiteURL.plan.path, browser.headers).1.contains("3.75 亿元"))
            #expect(!(try await get(app, SiteURL.publicPlan.path).1.contains("3.75 亿元")), "not before it is reviewed")
            try await Fixture.user(app, "reviewer", .admin)
            let admin = try await app.signIn("reviewer")
            #expect(try await post(app, SiteURL.planObservationReview(code: "education-investment-3y", date: "2025-06-01", action: "publish").path,
                                   admin, [:]).0 == .seeOther)
            #expect(try await get(app, SiteURL.publicPlan.path).1.contains("3.75 亿元"))
        }
    }

    @Test("The API takes the plan by code; an unknown code is 404, an overlong one 400")
    func apiTakesThePlan() async throws {
        try await withTestApp(at: Self.noon("2026-12-01")) { app in
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            for operation in [SiteURL.API.planKPIs, .planAreas, .planItems, .planMilestones] {
                #expect(try await get(app, SiteURL.api(operation).path + "?plan=heshan-2022", headers).0 == .ok)
                #expect(try await get(app, SiteURL.api(operation).path + "?plan=no-such-plan", headers).0 == .notFound)
                #expect(try await get(app, SiteURL.api(operation).path + "?plan=" + String(repeating: "x", count: 65), headers).0 == .badRequest,
                        "longer than any plan code, as the API description says")
            }
        }
    }

    @Test("The cockpit's snapshot moves on with the day")
    func snapshotFollowsTheDay() async throws {
        try await withTestApp(at: Self.noon("2025-12-31")) { app in
            _ = try await get(app, SiteURL.publicPlan.path)
            #expect(!(try await get(app, SiteURL.publicPlan.path).1.contains("终期评估")))
            app.clock.set(Self.noon("2026-01-01"))
            #expect(try await get(app, SiteURL.publicPlan.path).1.contains("终期评估"))
        }
    }
}
