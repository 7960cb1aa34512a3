import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demands: the submit form, attachments, the three rates page, the calendar admin")
struct DemandPagesTests {
    func post(_ app: Application, _ browser: Browser, _ fields: [String: String]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.demandNew.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(fields.merging(["_csrf": browser.csrf]) { field, _ in field }, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    @Test("A duplicate (same firm, same category, still open) is pointed out before submitting")
    func duplicateWarning() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let browser = try await app.signIn("firm")
            let first = try await post(app, browser, ["category": "sme", "description": "厂房消防验收"])
            #expect(first.0 == .seeOther)
            #expect(try await world.demandRows() == 1)
            let second = try await post(app, browser, ["category": "sme", "description": "厂房消防验收（再次）"])
            #expect(second.0 == .ok)
            #expect(second.1.contains("duplicate-warning"))
            #expect(second.1.contains(#"name="confirm" value="1""#))
            #expect(try await world.demandRows() == 1, "nothing is submitted until the firm confirms")
            let other = try await post(app, browser, ["category": "12345-inquiry", "description": "政策咨询"])
            #expect(other.0 == .seeOther, "another category is no duplicate")
            let confirmed = try await post(app, browser, ["category": "sme", "description": "厂房消防验收（再次）", "confirm": "1"])
            #expect(confirmed.0 == .seeOther)
            #expect(try await world.demandRows() == 3)
        }
    }

    @Test("Attachments: at most 5 MB, and only PDF/JPG/PNG/DOCX/XLSX judged by their bytes")
    func attachmentPolicy() throws {
        let png = Data(HostileFiles.png())
        #expect(try DemandAttachmentPolicy.check(DemandUpload(fileName: "photo.png", data: png)) == "image/png")
        #expect(try DemandAttachmentPolicy.check(DemandUpload(fileName: "a.pdf", data: Data(HostileFiles.pdf()))) == "application/pdf")
        let docx = HostileFiles.docx()
        #expect(try DemandAttachmentPolicy.check(DemandUpload(fileName: "letter.docx", data: docx)).contains("wordprocessingml"))
        // An executable renamed to .pdf, a PNG called .jpg, a zip called .xlsx without a workbook, too large.
        let bad: [DemandUpload] = [
            DemandUpload(fileName: "invoice.pdf", data: Data([0x4D, 0x5A, 0x90, 0x00])),
            DemandUpload(fileName: "photo.jpg", data: png),
            DemandUpload(fileName: "sheet.xlsx", data: docx),
            DemandUpload(fileName: "big.pdf", data: Data("%PDF-".utf8) + Data(count: 5 * 1024 * 1024)),
        ]
        for upload in bad {
            #expect(throws: DemandInputError.self) { try DemandAttachmentPolicy.check(upload) }
        }
    }

    @Test("A disallowed attachment on the form is refused and nothing is written")
    func attachmentThroughTheForm() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let browser = try await app.signIn("firm")
            let boundary = "----bq-test-boundary"
            func part(_ name: String, _ value: String) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            var body = csrfPart(browser.csrf, boundary: boundary) + part("category", "sme") + part("description", "附件测试")
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"tool.pdf\"\r\nContent-Type: application/pdf\r\n\r\nMZ\u{0}\u{0}not a pdf\r\n--\(boundary)--\r\n"
            var headers = browser.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            try await app.testing().test(.POST, SiteURL.demandNew.path, headers: headers, body: ByteBuffer(string: body)) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("PDF"))
            }
            #expect(try await world.demandRows() == 0)
            #expect(try await DemandAttachment.query(on: app.db).count() == 0)
        }
    }

    @Test("The three rates on a small known set, with their formulas, per department and town")
    func ratesPage() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            // d1 closed satisfied, d2 resolved but unsatisfied, d3 assigned and not yet due.
            var numbers: [String] = []
            for _ in 0..<3 { numbers.append(try await world.submit("firm")) }
            for number in numbers {
                _ = try await world.act("centre", number, ["action": "accept"])
                _ = try await world.act("centre", number, ["action": "assign", "handler_code": "gxj"])
            }
            for number in numbers.prefix(2) {
                _ = try await world.act("gxj", number, ["action": "respond", "note": "收到"])
                _ = try await world.act("gxj", number, ["action": "resolve", "note": "办结"])
            }
            _ = try await world.act("centre", numbers[0], ["action": "return_visit", "satisfaction": "satisfied"])
            _ = try await world.act("centre", numbers[1], ["action": "return_visit", "satisfaction": "unsatisfied"])

            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.demandRates.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("100.0% (2/2)"), "response: both answers in time, the third not yet due")
                #expect(body.contains("66.7% (2/3)"), "resolution: two of three accepted")
                #expect(body.contains("50.0% (1/2)"), "satisfaction: one of two rated")
                #expect(body.contains("响应率 = 时限内答复的诉求数"))
                #expect(body.contains("工业和信息化局 (gxj)"))
                #expect(body.contains("沙坪街道"))
                #expect(body.contains("<svg class=\"chart\""))
            }
            try await app.testing().test(.GET, SiteURL.demandRates.path(query: ["department": "gxj"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("近 12 个月三率走势（工业和信息化局）"))
            }
            // The same figures feed the plan's computed KPIs.
            let kpi = KPI(code: "demand-resolution", name: BilingualText(zh: "办结率", en: "Resolution rate"), unit: "%",
                          target: nil, source: .computed, provider: "demands.resolution_rate")
            let today = app.appEnvironment.today
            let resolution = try await DemandKPIProvider(measure: .resolutionRate, db: app.db, environment: app.appEnvironment).readings(for: kpi, asOf: today)
            #expect(resolution.observations.map(\.value) == [66.7])
            let overdue = try await DemandKPIProvider(measure: .overdueCount, db: app.db, environment: app.appEnvironment).readings(for: kpi, asOf: today)
            #expect(overdue.observations.map(\.value) == [0])
            #expect(Capabilities.kpiProviders(on: app.db, environment: app.appEnvironment).keys.contains("demands.overdue_count"))

            let firm = try await app.signIn("firm")
            try await app.testing().test(.GET, SiteURL.demandRates.path, headers: firm.headers) { response async in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("Calendar admin: bundled years are loaded; a bad file is refused naming its line; a year without data says so")
    func calendarAdmin() async throws {
        try await withTestApp { app in
            _ = try await DemandWorld.make(app)
            #expect(try await CalendarYearRecord.query(on: app.db).all().map(\.year).sorted() == [2022, 2023, 2024, 2025, 2026])
            let browser = try await app.signIn("admin")
            try await app.testing().test(.GET, SiteURL.adminCalendarYear(year: "2026").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("2026-02-14"))
            }
            try await app.testing().test(.GET, SiteURL.adminCalendarYear(year: "2031").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("Monday–Friday fallback"))
            }
            // Line 6: a "worked" day that is a Wednesday.
            let bad = "year: 2027\nsource: test\nholidays:\n  - name: 元旦\n    off: 2027-01-01\n  - name: 春节\n    off: 2027-02-06 ~ 2027-02-12\n    worked: [2027-02-03]\n"
            try await app.testing().test(.POST, SiteURL.adminCalendarYear(year: "2027").path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["yaml": bad, "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("第 6 行"))
            })
            #expect(try await CalendarYearRecord.query(on: app.db).filter(\.$year == 2027).count() == 0)
            let good = "year: 2027\nsource: test\nholidays:\n  - name: 元旦\n    off: 2027-01-01\n"
            try await app.testing().test(.POST, SiteURL.adminCalendarYear(year: "2027").path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["yaml": good, "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .ok)
            })
            #expect(try await CalendarYearRecord.query(on: app.db).filter(\.$year == 2027).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "calendar.year.save").count() == 1)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.adminCalendar.path, headers: lead.headers) { response async in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("Routing rules are edited by the centre on their page (audited); a bad unit is refused; others may not edit")
    func routingRules() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let centre = try await app.signIn("centre")
            func save(_ browser: Browser, _ fields: [String: String]) async throws -> HTTPStatus {
                var status = HTTPStatus.ok
                try await app.testing().test(.POST, SiteURL.demandRouting.path, headers: browser.headers, beforeRequest: { request in
                    try request.content.encode(fields.merging(["_csrf": browser.csrf]) { $1 }, as: .urlEncodedForm)
                }, afterResponse: { response async in status = response.status })
                return status
            }
            #expect(try await save(centre, ["category": "12345-complaint", "town": "shaping", "handler_kind": "department", "handler_code": "nope"]) == .badRequest)
            #expect(try await DemandRoutingRule.query(on: app.db).count() == 0)
            #expect(try await save(centre, ["category": "12345-complaint", "town": "shaping", "handler_kind": "town", "handler_code": "shaping"]) == .seeOther)
            #expect(try await save(centre, ["category": "12345-complaint", "town": "", "handler_kind": "department", "handler_code": "sjglj"]) == .seeOther)
            #expect(try await DemandRoutingRule.query(on: app.db).count() == 2)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "demand.routing_rule.save").count() == 2)
            let gxj = try await app.signIn("gxj")
            #expect(try await save(gxj, ["category": "sme", "town": "", "handler_kind": "department", "handler_code": "gxj"]) == .forbidden)

            // The town rule wins over the any-town rule for a firm in that town.
            let number = try await world.submit("firm", category: "12345-complaint")
            _ = try await world.act("centre", number, ["action": "accept"])
            let routed = try await world.act("centre", number, ["action": "auto_route"])
            #expect(routed.body.contains(#""handler":{"code":"shaping","kind":"town"}"#) || routed.body.contains(#""kind":"town""#))
            // And the town, as the handler, can now respond.
            #expect(try await world.act("shaping", number, ["action": "respond", "note": "镇里已安排"]).status == .ok)
        }
    }

    @Test("A rule that would replace another for the same category and town waits for confirmation")
    func routingRuleReplacementIsConfirmed() async throws {
        try await withTestApp { app in
            _ = try await DemandWorld.make(app)
            let centre = try await app.signIn("centre")
            func save(_ fields: [String: String]) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(.POST, SiteURL.demandRouting.path, headers: centre.headers, beforeRequest: { request in
                    try request.content.encode(fields.merging(["_csrf": centre.csrf]) { $1 }, as: .urlEncodedForm)
                }, afterResponse: { response async in result = (response.status, response.body.string) })
                return result
            }
            func unit() async throws -> String? { try await DemandRoutingRule.query(on: app.db).first()?.handlerCode }
            #expect(try await save(["category": "sme", "town": "shaping", "handler": "department:gxj"]).0 == .seeOther)
            #expect(try await save(["category": "sme", "town": "shaping", "handler": "department:gxj"]).0 == .seeOther, "the same rule again needs no question")
            let asked = try await save(["category": "sme", "town": "shaping", "handler": "department:zrzyj"])
            #expect(asked.0 == .conflict)
            #expect(asked.1.contains("确认替换") && asked.1.contains(#"name="confirm_replace" value="yes""#))
            #expect(try await unit() == "gxj", "nothing replaced before the confirmation")
            #expect(try await save(["category": "sme", "town": "shaping", "handler": "department:zrzyj", "confirm_replace": "yes"]).0 == .seeOther)
            #expect(try await unit() == "zrzyj")
            #expect(try await DemandRoutingRule.query(on: app.db).count() == 1)
        }
    }
}
