import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Plan: the cockpit, the public page, writes by the owner, import and export")
struct PlanTests {
    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func kpis(_ app: Application, _ headers: HTTPHeaders) async throws -> [PlanAPI.KPIView] {
        var result: [PlanAPI.KPIView] = []
        try await app.testing().test(.GET, SiteURL.api(.planKPIs).path, headers: headers) { response async throws in
            #expect(response.status == .ok)
            result = try decodeJSON(ItemList<PlanAPI.KPIView>.self, response).items
        }
        return result
    }

    @Test("An empty database gets Heshan's plan; a computed count with no registry figures shows no number")
    func defaultPlan() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let all = try await kpis(app, try await bearer(app, "lead"))
            let aboveScale = try #require(all.first { $0.code == "enterprises-above-scale" })
            #expect(aboveScale.targetValue == 800)
            #expect(aboveScale.targetStrict == true)
            #expect(aboveScale.targetDeadline == "2025-12-31")
            #expect(aboveScale.state == "no_data")
            #expect(aboveScale.latest == nil)
            #expect(aboveScale.light == "grey")
            let land = try #require(all.first { $0.code == "low-efficiency-land-disposed" })
            #expect(land.targetValue == 1333.3)
            #expect(land.unit == "ha")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.load_default").count() == 1)
        }
    }

    @Test("The cockpit, the big screen and the monthly report render from the same figures")
    func pages() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.plan.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("奋力争创全国工业百强县"))
                #expect(body.contains("规模以上工业企业数"))
                #expect(body.contains("低效工业用地处置面积"))
                #expect(body.contains("序时进度"))
                #expect(body.contains("隆基"))
            }
            try await app.testing().test(.GET, SiteURL.planKPI(code: "gdp").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("<svg class=\"chart\""))
                #expect(response.body.string.contains("502.87"))
            }
            try await app.testing().test(.GET, SiteURL.planScreen.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("big-screen"))
            }
            try await app.testing().test(.GET, SiteURL.planReport.path, headers: browser.headers) { response async in
                #expect(response.body.string.components(separatedBy: "report-page").count - 1 == 4, "one page per area")
            }
            try await app.testing().test(.GET, SiteURL.planKPI(code: "no-such-kpi").path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("The public page needs no login and shows published KPIs only")
    func publicPage() async throws {
        try await withTestApp { app in
            let document = try await PlanStore(db: app.db, cache: app.planCache, today: app.appEnvironment.today).require()
            let published = try #require(document.allKPIs.first { $0.published })
            let unpublished = try #require(document.allKPIs.first { !$0.published })
            try await app.testing().test(.GET, SiteURL.publicPlan.path) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains(published.name.zh))
                #expect(!body.contains(unpublished.name.zh))
                #expect(!body.contains("href=\"/plan/kpis/"), "public links stay public")
            }
            try await app.testing().test(.GET, SiteURL.publicKPI(code: unpublished.code).path) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.publicKPI(code: published.code).path) { response async in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("The owning department records an observation; it is validated, audited and judged")
    func ownerWrites() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let headers = try await bearer(app, "edu")
            try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "education-investment-3y")).path, headers: headers,
                                         beforeRequest: { request in
                try request.content.encode(PlanAPI.NewObservation(value: 2.5, date: "2024-12-31", source: "教育局年报", unit: nil))
            }, afterResponse: { response async throws in
                #expect(response.status == .created)
                let kpi = try decodeJSON(PlanAPI.KPIView.self, response)
                #expect(kpi.latest?.value == 2.5)
                #expect(kpi.latest?.enteredBy == "edu")
                #expect(kpi.progress == 0.5)
                #expect(kpi.state == "evaluated")
            })
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.observation.add").first())
            #expect(entry.actor == "edu")
            #expect(entry.entityID == "education-investment-3y")
        }
    }

    @Test("Other departments, leaders and enterprises cannot write a department's KPI", arguments: ["other", "lead", "firm"])
    func othersCannotWrite(_ who: String) async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            try await Fixture.user(app, "other", .department, binding: "gxj")
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "firm", .enterprise, binding: code)
            let before = try await PlanRecord.query(on: app.db).first()?.version
            try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "education-investment-3y")).path,
                                         headers: try await bearer(app, who), beforeRequest: { request in
                try request.content.encode(PlanAPI.NewObservation(value: 1, date: "2024-12-31", source: "x", unit: nil))
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            #expect(try await PlanRecord.query(on: app.db).first()?.version == before)
        }
    }

    @Test("A future date, a non-numeric value or a missing source is refused and nothing is written")
    func badObservations() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let browser = try await app.signIn("edu")
            let version = try await PlanRecord.query(on: app.db).first()?.version
            let cases: [([String: String], String)] = [
                (["value": "abc", "date": "2024-12-31", "source": "年报"], "不是数字"),
                (["value": "1", "date": "2999-01-01", "source": "年报"], "晚于今天"),
                (["value": "1", "date": "2024-13-45", "source": "年报"], "YYYY-MM-DD"),
                (["value": "1", "date": "2024-12-31", "source": "  "], "数据来源"),
            ]
            for (form, message) in cases {
                var fields = form
                fields["_csrf"] = browser.csrf
                try await app.testing().test(.POST, SiteURL.planKPIObservations(code: "education-investment-3y").path, headers: browser.headers,
                                             beforeRequest: { request in
                    try request.content.encode(fields, as: .urlEncodedForm)
                }, afterResponse: { response async in
                    #expect(response.status == .badRequest, "\(form)")
                    #expect(response.body.string.contains(message), "\(form)")
                })
            }
            #expect(try await PlanRecord.query(on: app.db).first()?.version == version)
        }
    }

    @Test("A milestone's owner records its completion; a date in the future is refused")
    func milestone() async throws {
        try await withTestApp { app in
            let document = try await PlanStore(db: app.db, cache: app.planCache, today: app.appEnvironment.today).require()
            let item = try #require(document.allItems.first { item in item.milestones.contains { $0.actual == nil && ($0.owner ?? item.owner) != nil } })
            let milestone = try #require(item.milestones.first { $0.actual == nil })
            let owner = try #require(milestone.owner ?? item.owner)
            try await Fixture.user(app, "owner", .department, binding: owner)
            let headers = try await bearer(app, "owner")
            try await app.testing().test(.PATCH, SiteURL.api(.planMilestone(code: milestone.code)).path, headers: headers, beforeRequest: { request in
                try request.content.encode(PlanAPI.MilestoneUpdate(actual: "2099-01-01"))
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
            })
            try await app.testing().test(.PATCH, SiteURL.api(.planMilestone(code: milestone.code)).path, headers: headers, beforeRequest: { request in
                try request.content.encode(PlanAPI.MilestoneUpdate(actual: "2024-01-15"))
            }, afterResponse: { response async throws in
                #expect(response.status == .ok)
                let updated = try decodeJSON(PlanAPI.Milestone.self, response)
                #expect(updated.status == "done")
                #expect(updated.light == "achieved")
            })
        }
    }

    @Test("Exporting and importing the plan, as YAML or CSV, changes nothing", arguments: PlanFileFormat.allCases)
    func roundTrip(_ format: PlanFileFormat) async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let exported = try await session.exportPlan(as: format)
            let audit = try await AuditEntry.query(on: app.db).count()
            #expect(try await session.importPlan(exported, as: format) == false)
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
            #expect(try await session.exportPlan(as: format) == exported)
        }
    }

    @Test("An import with errors reports each with its line and leaves the plan untouched; a valid one replaces it")
    func importReplaces() async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let original = try await session.exportPlan(as: .yaml)
            let broken = original.replacingOccurrences(of: "          value: 5\n          deadline: 2025-12-31", with: "          value: five")
            #expect(broken != original)
            await #expect {
                try await session.importPlan(broken, as: .yaml)
            } throws: { error in
                guard let failure = error as? PlanImportFailure else { return false }
                return !failure.issues.isEmpty && failure.issues.allSatisfy { $0.line != nil }
            }
            #expect(try await session.exportPlan(as: .yaml) == original)

            let renamed = original.replacingOccurrences(of: "教育投入（三年累计）", with: "教育投入（三年合计）")
            #expect(try await session.importPlan(renamed, as: .yaml))
            #expect(try await session.exportPlan(as: .yaml).contains("教育投入（三年合计）"))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "plan.import").first())
            #expect(entry.before?.contains("教育投入（三年累计）") == true, "what an import replaced stays in the audit log")
        }
    }

    @Test("Only administrators import through the page; errors are listed and nothing changes")
    func importPage() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.planImport.path, headers: lead.headers) { response async in
                #expect(response.status == .forbidden)
            }
            let admin = try await app.signIn("admin1")
            let boundary = "----bq"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.yaml\"\r\nContent-Type: application/yaml\r\n\r\ncode: x\ntitle: [unclosed\r\n--\(boundary)--\r\n"
            var headers = admin.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            let version = try await PlanRecord.query(on: app.db).first()?.version
            try await app.testing().test(.POST, SiteURL.planImport.path, headers: headers, body: ByteBuffer(string: csrfPart(admin.csrf, boundary: boundary) + body)) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("当前规划未作任何更改"))
            }
            try await app.testing().test(.POST, SiteURL.planImport.path, headers: headers, body: ByteBuffer(string: body)) { response async in
                #expect(response.status == .forbidden, "the upload needs the CSRF token too")
            }
            #expect(try await PlanRecord.query(on: app.db).first()?.version == version)
        }
    }
}
