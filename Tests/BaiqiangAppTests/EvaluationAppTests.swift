import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Per-mu evaluation in the application: runs, versions, scoping, pages")
struct EvaluationAppTests {
    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: username).token)
        return headers
    }

    func runOnce(_ app: Application, year: Int = 2025, method: String = "zhejiang-6", yaml: String? = nil) async throws -> EvaluationRun {
        try await EvaluationStore(db: app.db, principal: .countyWide).runOverRegistry(method: method, methodYAML: yaml, year: year, writer: app.writer(as: .commandLine("gxj")))
    }

    func publish(_ app: Application, _ run: EvaluationRun) async throws {
        try await EvaluationStore(db: app.db, principal: .countyWide).publish(try run.requireID(), writer: app.writer(as: .commandLine("leader")))
    }

    @Test("A run over the registry stores every firm's result as the engine computes it from the same input; rerunning makes version 2")
    func runsAndVersions() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 120, seed: 3, actor: .system)
            let runner = EvaluationStore(db: app.db, principal: .countyWide)
            let input = try await runner.registryInput(year: 2025)
            let expected = EvaluationEngine.evaluate(try EvaluationInputCSV.read(input), method: try EvaluationMethods.bundled("zhejiang-6"), year: 2025)
            let first = try await runOnce(app)
            #expect(first.version == 1)
            let stored = try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == first.requireID()).all()
            #expect(stored.count == expected.count)
            for row in 0..<expected.count {
                let e = expected.explanation(row: row)
                let record = try #require(stored.first { $0.creditCode == e.creditCode })
                #expect(record.evaluationClass == e.finalClass.rawValue)
                #expect(runner.explanation(record, of: first) == e, "the explanation read back is the one the run made")
            }
            #expect(stored.contains { $0.evaluationClass == "A" } && stored.contains { $0.evaluationClass == "D" })
            let second = try await runOnce(app)
            #expect(second.version == 2)
            #expect(try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == first.requireID()).count() == stored.count,
                    "an earlier run is kept as it was")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "evaluation.run").count() == 2)
        }
    }

    @Test("A run stored before its group summaries were kept still shows the explanation it stored")
    func olderRunsKeepTheirExplanations() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 40, seed: 3, actor: .system)
            let run = try await runOnce(app)
            let store = EvaluationStore(db: app.db, principal: .countyWide)
            let record = try #require(try await store.results(run.requireID()).filter(\.$score != nil).first())
            var older = try #require(store.explanation(record, of: run))
            older.name = "旧版运行保存的说明"
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            record.explanation = String(decoding: try encoder.encode(older), as: UTF8.self)
            try await record.save(on: app.db)
            run.groupSummaries = nil
            try await run.save(on: app.db)
            #expect(store.explanation(record, of: run) == older)
            try await Fixture.user(app, "lead", .leader)
            let path = SiteURL.api(.evaluationResult(runID: try run.requireID().uuidString, creditCode: record.creditCode)).path
            try await app.testing().test(.GET, path, headers: try await bearer(app, "lead")) { response async throws in
                #expect(response.status == .ok)
                #expect(try decodeJSON(FirmExplanation.self, response) == older)
            }
        }
    }

    @Test("The run page's counts and histogram cover the same firms as the scoped result list, for every scope")
    func aggregatesFollowScope() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 120, seed: 3, actor: .system)
            let run = try await runOnce(app)
            let id = try run.requireID()
            let stored = try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == id).all()
            let town = try #require(stored.first?.town)
            let firm = try #require(stored.first { $0.score != nil }?.creditCode)
            let scopes: [(AccessScope, Int)] = [
                (.county, stored.count), (.town(town), stored.filter { $0.town == town }.count), (.enterprise(firm), 1), (.nothing, 0),
            ]
            for (scope, expected) in scopes {
                let principal = Principal(userID: UUID(), username: "t", displayName: "t", role: .leader, departmentID: nil,
                                          departmentCode: nil, townID: nil, enterpriseID: nil, scope: scope, channel: .token, csrfToken: nil)
                let queries = EvaluationStore(db: app.db, principal: principal)
                #expect(try await queries.results(id).count() == expected, "\(scope)")
                let counted = try await queries.classCounts(id)[""]?.values.reduce(0, +) ?? 0
                #expect(counted == expected, "\(scope)")
                let rated = try await queries.results(id).filter(\.$score != nil).count()
                #expect(try await queries.scoreHistogram(id).map(\.count).reduce(0, +) == rated, "\(scope)")
            }
        }
    }

    @Test("An enterprise reads its own result and explanation only")
    func enterpriseScope() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 60, seed: 3, actor: .system)
            let run = try await runOnce(app)
            try await publish(app, run)
            let results = try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == run.requireID()).sort(\.$creditCode).all()
            let mine = try #require(results.first { $0.evaluationClass != "out" })
            let other = try #require(results.last { $0.creditCode != mine.creditCode })
            try await Fixture.user(app, "firm", .enterprise, binding: mine.creditCode)
            let headers = try await bearer(app, "firm")
            let id = try run.requireID()
            try await app.testing().test(.GET, SiteURL.api(.evaluationResults(runID: id.uuidString)).path, headers: headers) { response async throws in
                let page = try decodeJSON(CursorPage<EvaluationAPIController.ResultView>.self, response)
                #expect(page.items.map(\.creditCode) == [mine.creditCode])
            }
            try await app.testing().test(.GET, SiteURL.api(.evaluationResult(runID: id.uuidString, creditCode: other.creditCode)).path, headers: headers) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.api(.evaluationResult(runID: id.uuidString, creditCode: mine.creditCode)).path, headers: headers) { response async throws in
                let explanation = try decodeJSON(FirmExplanation.self, response)
                #expect(explanation.creditCode == mine.creditCode)
            }
            let browser = try await app.signIn("firm")
            try await app.testing().test(.GET, SiteURL.evaluationFirm(id: id.uuidString, code: mine.creditCode).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("基准值"))
            }
            try await app.testing().test(.POST, SiteURL.api(.evaluationRuns).path, headers: headers, beforeRequest: { request in
                try request.content.encode(EvaluationAPIController.StartRequest(method: "zhejiang-6", methodYAML: nil, year: 2025))
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
        }
    }

    @Test("The run, comparison and consecutive-D pages render from stored runs")
    func pages() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 80, seed: 3, actor: .system)
            let a = try await runOnce(app, year: 2024)
            let b = try await runOnce(app, year: 2025)
            let heavierTax = try CoreResources.text("methods/zhejiang-6.yaml")
            let c = try await runOnce(app, year: 2025, yaml: heavierTax)
            try await publish(app, a)
            try await publish(app, c)
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            // Towns and the unrated classes by name, never by code.
            let towns = try await OrganisationStore(db: app.db, county: CountyCode.heshan).towns()
            let listed = Set(try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == b.requireID()).all().map(\.town))
            try await app.testing().test(.GET, SiteURL.evaluationRun(id: b.requireID().uuidString).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("chart bars"))
                for town in towns where listed.contains(town.code) {
                    #expect(response.body.string.contains(town.nameZh), "\(town.code)")
                    #expect(!response.body.string.contains(">\(town.code)<"), "\(town.code)")
                }
                #expect(!response.body.string.contains(">out<"))
            }
            try await app.testing().test(.GET, SiteURL.evaluationCompare.path(query: ["run": b.requireID().uuidString, "run": c.requireID().uuidString]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("分类改变的企业（0 家）"), "the same method gives the same classes")
            }
            try await app.testing().test(.GET, SiteURL.evaluationConsecutiveD.path(query: ["year": "2025"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
            }
            try await app.testing().test(.GET, SiteURL.evaluationConsecutiveD.path(query: ["year": "2025", "format": "csv"]), headers: browser.headers) { response async in
                #expect(response.body.string.contains("credit_code,name,consecutive_d_years,surcharge_yuan_per_kwh"))
            }
            try await app.testing().test(.GET, SiteURL.evaluationCompare.path(query: ["run": b.requireID().uuidString, "run": c.requireID().uuidString, "format": "xlsx"]), headers: browser.headers) { response async in
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
            let d2025 = try await EvaluationStore(db: app.db, principal: Principal(userID: UUID(), username: "x", displayName: "x", role: .leader,
                scope: .county, channel: .session)).consecutiveD(year: 2025)
            let d2024 = Set(try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == a.requireID()).filter(\.$evaluationClass == "D").all().map(\.creditCode))
            for row in d2025 {
                #expect(row.years == (d2024.contains(row.creditCode) ? 2 : 1))
                #expect(row.surcharge == (row.years == 2 ? 0.10 : 0.05))
            }
        }
    }

    @Test("An uploaded file is evaluated like the file command; the A-class share feeds the plan; the firm page lists results")
    func uploadAndShare() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let browser = try await app.signIn("gxj1")
            let header = EvaluationInputCSV.header.joined(separator: ",")
            var lines = [header]
            for serial in 1...10 {
                let code = CreditCode.completing("914407840000" + String(format: "%05d", serial))!
                lines.append("\(code),F\(serial),shaping,3311,above,\(10 + serial),\(100 * serial),\(500 + 50 * serial),2000,100,1,50,20,30,2015,")
            }
            let body = csrfPart(browser.csrf, boundary: "B") + "--B\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nzhejiang-6\r\n--B\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2024\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.csv\"\r\nContent-Type: text/csv\r\n\r\n" + lines.joined(separator: "\n") + "\n\r\n--B--\r\n"
            var headers = browser.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=B")
            try await app.testing().test(.POST, SiteURL.evaluationUpload.path, headers: headers, body: ByteBuffer(string: body)) { response async in
                #expect(response.status == .seeOther)
            }
            let run = try #require(try await EvaluationRun.query(on: app.db).first())
            #expect(run.source == "upload.csv")
            #expect(run.firmCount == 10)
            try await publish(app, run)
            let readings = try await EvaluationKPIProvider(db: app.db).readings(
                for: KPI(code: "a", name: .init(zh: "a", en: "a"), unit: "percent", target: nil), asOf: PlanDate("2026-01-01")!)
            #expect(readings.observations.map(\.value) == [20], "2 of 10 rated firms are A")
        }
    }

    @Test("A year without figures, or a faulty method, is refused with a reason and nothing is stored")
    func badInput() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 20, seed: 3, actor: .system)
            await #expect(throws: EvaluationStore.Failure.self) { try await runOnce(app, year: 1999) }
            await #expect(throws: MethodError.self) { try await runOnce(app, yaml: "id: x\nname: {zh: x, en: x}\ngroups: []\n") }
            #expect(try await EvaluationRun.query(on: app.db).count() == 0)
        }
    }
}
