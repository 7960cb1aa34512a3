import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Special supervisors' reports: read only by the supervisor who filed one and the discipline
/// office; filed only in term; handled by the office; counted for leaders without reporters;
/// audited without naming the reporter.
@Suite("Special supervisors 特约监督员")
struct SupervisionTests {
    static let now = PlanPeriodsTests.noon("2026-05-20")
    static let secret = "窗口人员暗示需要“表示一下”才能加快办理"

    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders,
              _ body: [String: String]? = nil) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var headers = headers
        if body != nil { headers.contentType = .json }
        try await app.testing().test(method, path, headers: headers, beforeRequest: { request in
            if let body { request.body = ByteBuffer(data: try JSONEncoder().encode(body)) }
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    /// The discipline office's account (jw), two supervisors in term and one whose term ended,
    /// an admin, a leader, an auditor and an account of the unit reported on (gxj).
    static func world(_ app: Application) async throws {
        let office = try await Fixture.user(app, "jwuser", .department, binding: "jwjw")
        for (name, role, binding) in [("sup1", Role.supervisor, nil), ("sup2", .supervisor, nil), ("sup3", .supervisor, nil),
                                      ("admin1", .admin, nil), ("lead1", .leader, nil), ("audit1", .auditor, nil),
                                      ("gxjuser", .department, "gxj"), ("zsjuser", .department, "zsj")] as [(String, Role, String?)] {
            try await Fixture.user(app, name, role, binding: binding)
        }
        let principal = try await Principal.load(office, channel: .token, csrfToken: nil, on: app.db)
        let store = SupervisionStore(db: app.db, principal: principal)
        let writer = app.writer(as: .user(office))
        _ = try await store.appoint(username: "sup1", name: "张监督", unit: "市人大代表", start: "2025-01-01", end: "2027-12-31", writer: writer)
        _ = try await store.appoint(username: "sup2", name: "王监督", unit: "市工商联", start: "2025-01-01", end: "2027-12-31", writer: writer)
        _ = try await store.appoint(username: "sup3", name: "赵监督", unit: "企业代表", start: "2022-01-01", end: "2024-12-31", writer: writer)
    }

    func file(_ app: Application, _ username: String, type: String = "graft", unit: String = "department:gxj",
              description: String = SupervisionTests.secret) async throws -> (HTTPStatus, String) {
        try await send(app, .POST, SiteURL.api(.supervisionReports).path, try await bearer(app, username),
                       ["type": type, "unit": unit, "occurred_on": "2026-05-18", "description": description])
    }

    static func id(in body: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return try #require(object?["id"] as? String)
    }

    @Test("Only the supervisor who filed a report and the discipline office read it: not another supervisor, the admin, a leader, the auditor, the unit concerned or the demand centre")
    func onlyAuthorAndOffice() async throws {
        try await withTestApp(at: Self.now) { app in
            try await Self.world(app)
            let (created, body) = try await file(app, "sup1")
            #expect(created == .created, "\(body)")
            let id = try Self.id(in: body)
            let list = SiteURL.api(.supervisionReports).path, one = SiteURL.api(.supervisionReport(id: id)).path
            for reader in ["sup1", "jwuser"] {
                let headers = try await bearer(app, reader)
                let (listed, items) = try await send(app, .GET, list, headers)
                #expect(listed == .ok && items.contains(id), "\(reader) does not see the report")
                let (shown, report) = try await send(app, .GET, one, headers)
                #expect(shown == .ok && report.contains("表示一下"), "\(reader): \(shown)")
            }
            // The office sees who filed it; the API tells no one else.
            #expect(try await send(app, .GET, one, try await bearer(app, "jwuser")).1.contains("张监督"))
            let (_, others) = try await send(app, .GET, list, try await bearer(app, "sup2"))
            #expect(!others.contains(id))
            #expect(try await send(app, .GET, one, try await bearer(app, "sup2")).0 == .notFound)
            for reader in ["admin1", "lead1", "audit1", "gxjuser", "zsjuser"] {
                let headers = try await bearer(app, reader)
                let (listed, items) = try await send(app, .GET, list, headers)
                #expect(listed == .forbidden && !items.contains("表示一下"), "\(reader) listed: \(listed)")
                let (shown, report) = try await send(app, .GET, one, headers)
                #expect(shown == .notFound && !report.contains("表示一下"), "\(reader) read: \(shown)")
            }
            // The pages keep the same rule.
            let author = try await app.signIn("sup1"), admin = try await app.signIn("admin1"), unit = try await app.signIn("gxjuser")
            let page = SiteURL.supervisionReport(id: id).path
            try await app.testing().test(.GET, page, headers: author.headers) { response async in
                #expect(response.status == .ok && response.body.string.contains("表示一下"))
            }
            for browser in [admin, unit] {
                try await app.testing().test(.GET, page, headers: browser.headers) { response async in
                    #expect(response.status == .notFound && !response.body.string.contains("表示一下"))
                }
                try await app.testing().test(.GET, SiteURL.supervision.path, headers: browser.headers) { response async in
                    #expect(response.status == .forbidden && !response.body.string.contains("表示一下"))
                }
            }
        }
    }

    @Test("A supervisor whose term has ended, or an account of another role, cannot file; nothing is written")
    func expiredTermCannotFile() async throws {
        try await withTestApp(at: Self.now) { app in
            try await Self.world(app)
            let (expired, problem) = try await file(app, "sup3")
            #expect(expired == .forbidden && problem.contains("2024-12-31"), "\(problem)")
            #expect(try await file(app, "admin1").0 == .forbidden)
            #expect(try await file(app, "jwuser").0 == .forbidden)
            // Bad input is named and refused whole.
            let (bad, issues) = try await file(app, "sup1", type: "bribery", unit: "department:nowhere", description: " ")
            #expect(bad == .badRequest && issues.contains("type") && issues.contains("unit") && issues.contains("description"), "\(issues)")
            #expect(try await SupervisionReportRow.query(on: app.db).count() == 0)
        }
    }

    @Test("The discipline office accepts, investigates and concludes a report, each dated; a step out of order is 400; no one else may handle")
    func handling() async throws {
        try await withTestApp(at: Self.now) { app in
            try await Self.world(app)
            let id = try Self.id(in: try await file(app, "sup1").1)
            let path = SiteURL.api(.supervisionReportHandling(id: id)).path
            let office = try await bearer(app, "jwuser")
            #expect(try await send(app, .POST, path, try await bearer(app, "sup1"), ["action": "accept", "date": "2026-05-20"]).0 == .forbidden)
            #expect(try await send(app, .POST, path, try await bearer(app, "admin1"), ["action": "accept", "date": "2026-05-20"]).0 == .forbidden)
            #expect(try await send(app, .POST, path, office, ["action": "investigate", "date": "2026-05-20"]).0 == .badRequest)
            #expect(try await send(app, .POST, path, office, ["action": "accept", "date": "2026-05-01"]).0 == .badRequest)
            #expect(try await send(app, .POST, path, office, ["action": "accept", "date": "2026-05-20"]).0 == .ok)
            #expect(try await send(app, .POST, path, office, ["action": "investigate", "date": "2026-05-21"]).0 == .ok)
            #expect(try await send(app, .POST, path, office, ["action": "conclude", "date": "2026-05-22", "outcome": "maybe",
                                                              "action_taken": "x"]).0 == .badRequest)
            let (done, body) = try await send(app, .POST, path, office, ["action": "conclude", "date": "2026-05-22",
                                                                         "outcome": "partly_substantiated", "action_taken": "诫勉谈话"])
            #expect(done == .ok && body.contains("\"status\":\"concluded\"") && body.contains("\"concluded_on\":\"2026-05-22\""), "\(body)")
            // The author reads the outcome.
            #expect(try await send(app, .GET, SiteURL.api(.supervisionReport(id: id)).path, try await bearer(app, "sup1")).1
                .contains("partly_substantiated"))
        }
    }

    @Test("The yearly summary counts by type, unit and outcome, naming no reporter, for leaders and the office only")
    func summary() async throws {
        try await withTestApp(at: Self.now) { app in
            try await Self.world(app)
            _ = try await file(app, "sup1")
            _ = try await file(app, "sup2", type: "delay", unit: "town:shaping", description: "拖了三个月")
            let path = SiteURL.api(.supervisionSummary).path + "?year=2026"
            for reader in ["lead1", "jwuser"] {
                let (status, body) = try await send(app, .GET, path, try await bearer(app, reader))
                #expect(status == .ok, "\(reader)")
                #expect(body.contains("\"total\" : 2") || body.contains("\"total\":2"), "\(body)")
                #expect(body.contains("graft") && body.contains("town:shaping"))
                for secret in ["sup1", "sup2", "张监督", "王监督", "表示一下", "拖了三个月"] {
                    #expect(!body.contains(secret), "the summary names \(secret)")
                }
            }
            for reader in ["sup1", "admin1", "gxjuser"] {
                #expect(try await send(app, .GET, path, try await bearer(app, reader)).0 == .forbidden, "\(reader)")
            }
        }
    }

    @Test("The audit log records the filing under the appointment's pseudonym, never the reporter's account or the text")
    func auditKeepsReporterOut() async throws {
        try await withTestApp(at: Self.now) { app in
            try await Self.world(app)
            let id = try Self.id(in: try await file(app, "sup1").1)
            _ = try await send(app, .POST, SiteURL.api(.supervisionReportHandling(id: id)).path, try await bearer(app, "jwuser"),
                               ["action": "accept", "date": "2026-05-20"])
            let rows = try await AuditEntry.query(on: app.db).filter(\.$entity == AuditEntity.supervisionReport.code).all()
            #expect(rows.count == 2)
            let filing = try #require(rows.first { $0.action == AuditAction.supervisionReportFile.code })
            #expect(filing.actor.hasPrefix("supervisor:"))
            for row in rows {
                let text = [row.actor, row.before ?? "", row.after ?? ""].joined(separator: " ")
                for secret in ["sup1", "张监督", "表示一下"] { #expect(!text.contains(secret), "audit row names \(secret): \(text)") }
            }
            let appointment = try #require(try await Supervisor.query(on: app.db).filter(\.$name == "张监督").first())
            #expect(filing.actor == "supervisor:\(try appointment.requireID().uuidString.lowercased())")
        }
    }

    @Test("serve --demo appoints supervisors and files reports in several states, all flagged demo and labelled 演示数据")
    func demo() async throws {
        try await withTestApp(demo: true) { app in
            let reports = try await SupervisionReportRow.query(on: app.db).all()
            #expect(reports.count >= 4 && reports.allSatisfy(\.isDemo))
            #expect(Set(reports.map(\.status)).count >= 3)
            let supervisors = try await Supervisor.query(on: app.db).all()
            #expect(supervisors.count == 3 && supervisors.allSatisfy(\.isDemo))
        }
    }
}
