import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The county's own reference counties and readiness lines: chosen, filled and corrected by the
/// departments that follow its standing, by form and by file, and measured on the readiness page.
@Suite("Counties: reference counties and readiness lines kept by the county")
struct ReferenceCountiesAppTests {
    static func post(_ app: Application, _ browser: Browser, _ url: SiteURL, _ fields: [String: String],
                     _ check: @escaping @Sendable (TestingHTTPResponse) async throws -> Void) async throws {
        var form = fields
        form["_csrf"] = browser.csrf
        try await app.testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: check)
    }

    static func upload(_ app: Application, _ browser: Browser, _ csv: String, partial: Bool = false,
                       _ check: @escaping @Sendable (TestingHTTPResponse) async throws -> Void) async throws {
        var body = csrfPart(browser.csrf, boundary: "B")
        if partial { body += "--B\r\nContent-Disposition: form-data; name=\"partial\"\r\n\r\n1\r\n" }
        body += "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"refs.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n--B--\r\n"
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=B")
        try await app.testing().test(.POST, SiteURL.countiesReferenceImport.path, headers: headers, body: ByteBuffer(string: body),
                                     afterResponse: check)
    }

    static let kunshan = ["name": "昆山市", "province": "江苏省", "membership": "2023年全国工业百强县", "publisher": "中国信息通信研究院"]

    static func figure(_ values: [String: String]) -> [String: String] {
        ["unit": "昆山市", "indicator": "gdp", "period": "2023", "value": "5140.6", "growth": "5.8", "publisher": "昆山市统计局",
         "title": "2023年统计公报"].merging(values) { _, new in new }
    }

    @Test("The statistics bureau adds a reference county and its GDP; the readiness page shows the gap and the growth needed by the chosen year")
    func addAndMeasure() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            let stats = try await app.signIn("stats")
            try await Self.post(app, stats, .countiesReferences, Self.kunshan) { #expect($0.status == .ok) }
            try await Self.post(app, stats, .countiesReferenceFigures, Self.figure([:])) { #expect($0.status == .ok) }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "counties.reference.added").filter(\.$entityID == "昆山市").count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "counties.reference_figure.recorded").count() == 1)
            // Heshan's 2023 GDP 502.87亿 to 5140.6亿 by 2026: (5140.6 / 502.87)^(1/3) − 1 = 117.03%.
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path(query: ["year": "2026"]), headers: stats.headers) { response async in
                let body = response.body.string
                #expect(body.contains("昆山市 · 江苏省"))
                #expect(body.contains("5,140.6 (2023)") || body.contains("5140.6 (2023)"))
                #expect(body.contains("昆山市统计局《2023年统计公报》"))
                #expect(body.contains("117.03%"))
            }
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path(query: ["year": "2033"]), headers: stats.headers) { response async in
                // Ten years to 2033: (5140.6 / 502.87)^(1/10) − 1 = 26.17%.
                #expect(response.body.string.contains("26.17%"))
            }
            try await Self.post(app, stats, .countiesReferenceRemove, ["name": "昆山市"]) { #expect($0.status == .seeOther) }
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path, headers: stats.headers) { response async in
                #expect(!response.body.string.contains("昆山市"))
            }
        }
    }

    @Test("A growth rate just outside −100…1000%, a period not over, an unlisted county and a second figure without a reason are refused and nothing is written")
    func boundaries() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "adm", .admin)
            let admin = try await app.signIn("adm")
            try await Self.post(app, admin, .countiesReferences, Self.kunshan) { #expect($0.status == .ok) }
            for (values, reason) in [(["growth": "1000.1"], "增速须在"), (["growth": "-100.1"], "增速须在"), (["period": "2099"], "尚未结束"),
                                     (["unit": "江阴市"], "不在对标县名单中")] {
                try await Self.post(app, admin, .countiesReferenceFigures, Self.figure(values)) { response async in
                    #expect(response.status == .badRequest)
                    #expect(response.body.string.contains(reason))
                }
            }
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 0)
            // The boundaries themselves are accepted.
            try await Self.post(app, admin, .countiesReferenceFigures, Self.figure(["growth": "1000"])) { #expect($0.status == .ok) }
            try await Self.post(app, admin, .countiesReferenceFigures, Self.figure(["indicator": "tax_revenue", "growth": "-100"])) {
                #expect($0.status == .ok)
            }
            try await Self.post(app, admin, .countiesReferenceFigures, Self.figure(["value": "5200"])) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("如需更正请注明原因"))
            }
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 2)
            try await Self.post(app, admin, .countiesReferenceFigures, Self.figure(["value": "5200", "correction_reason": "统计公报修订"])) {
                #expect($0.status == .ok)
            }
            let rows = try await ReferenceFigureRow.query(on: app.db).filter(\.$indicator == "gdp").all()
            #expect(rows.filter(\.isCurrent).map(\.value) == [5200])
            #expect(rows.filter { !$0.isCurrent }.map(\.value) == [5140.6])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "counties.reference_figure.corrected").count() == 1)
        }
    }

    @Test("An import with Chinese or English headers records its figures; one bad row names its row, column and reason and records nothing")
    func importFile() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let gxj = try await app.signIn("gxj1")
            try await Self.post(app, gxj, .countiesReferences, Self.kunshan) { #expect($0.status == .ok) }
            try await app.testing().test(.GET, SiteURL.countiesReferenceTemplate(language: "en").path, headers: gxj.headers) { response async in
                #expect(response.body.string.contains("county,indicator,period,value,growth_percent,publisher"))
            }
            let bad = "对标县,指标,期间,数值,增速,发布机构\n昆山市,地区生产总值,2023,5140.6,5.8,昆山市统计局\n昆山市,产值,2023,1,1,昆山市统计局"
            try await Self.upload(app, gxj, bad) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("未知的指标"))
                #expect(response.body.string.contains("<td>3</td>"))
            }
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 0)
            let good = "county,indicator,period,value,growth_percent,publisher\n昆山市,gdp,2023,5140.6,5.8,昆山市统计局\n昆山市,general_budget_revenue,2023,440.1,,昆山市统计局"
            try await Self.upload(app, gxj, good) { #expect($0.status == .ok) }
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 2)
        }
    }

    @Test("A readiness line is edited with its source, the earlier one kept; the readiness page measures against the new one")
    func editThreshold() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "adm", .admin)
            let admin = try await app.signIn("adm")
            try await Self.post(app, admin, .countiesThresholds, ["indicator": "gdp", "value": "0", "name": "赛迪百强县入围条件（2024）",
                                                                  "publisher": "中新社"]) { #expect($0.status == .badRequest) }
            try await Self.post(app, admin, .countiesThresholds, ["indicator": "gdp", "value": "700", "name": "赛迪百强县入围条件（2024）",
                                                                  "publisher": "中新社", "date": "2025-08-01"]) { #expect($0.status == .ok) }
            let rows = try await ReadinessThresholdRow.query(on: app.db).filter(\.$indicator == "gdp").all()
            #expect(rows.filter(\.isCurrent).map(\.value) == [700])
            #expect(rows.filter { !$0.isCurrent }.map(\.value) == [600])
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path, headers: admin.headers) { response async in
                // 700 − 502.87 = 197.13
                #expect(response.body.string.contains("197.13"))
                #expect(!response.body.string.contains(">97.13<"))
            }
        }
    }

    @Test("A town, another department and the prefecture cannot change the list; the page is not theirs to open")
    func refused() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            try await Fixture.user(app, "land", .department, binding: "zrzyj")
            try await Fixture.user(app, "city", .prefecture)
            for name in ["town1", "land", "city"] {
                let browser = try await app.signIn(name)
                try await Self.post(app, browser, .countiesReferences, Self.kunshan) { #expect($0.status == .forbidden) }
                try await app.testing().test(.GET, SiteURL.countiesReferences.path, headers: browser.headers) { #expect($0.status == .forbidden) }
            }
            #expect(try await ReferenceCountyRow.query(on: app.db).filter(\.$name == "昆山市").count() == 0)
        }
    }
}
