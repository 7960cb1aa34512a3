import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A role that may not do something hears 403 with a problem document naming who may, from the
/// API and from the pages alike (a client asking for JSON), for every capability that writes.
@Suite("Permissions: a role not allowed gets 403 with a problem document")
struct PermissionRefusalTests {
    /// The 403 problem document every refusal answers with, and its reason.
    static func expectRefusal(_ response: TestingHTTPResponse, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(response.status == .forbidden, "\(what): \(response.body.string)", sourceLocation: sourceLocation)
        let problem = try problemFields(response)
        #expect(problem["status"] as? Int == 403, "\(what)", sourceLocation: sourceLocation)
        #expect(problem["title"] as? String == "无权访问", "\(what)", sourceLocation: sourceLocation)
        #expect((problem["detail"] as? String)?.contains("只有") == true, "\(what)", sourceLocation: sourceLocation)
    }

    /// A signed-in browser that asks for JSON, as a script driving the pages would.
    static func jsonHeaders(_ browser: Browser) -> HTTPHeaders {
        var headers = browser.headers
        headers.replaceOrAdd(name: .accept, value: "application/json")
        return headers
    }

    @Test("Demands: a leader cannot submit, an enterprise cannot accept, a department cannot approve an extension")
    func demands() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: try await world.bearer("lead"), beforeRequest: { request in
                try request.content.encode(DemandAPI.NewDemand(category: "sme", description: "代企业提交", enterprise: world.firm))
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "API submit by a leader")
            })
            #expect(try await world.demandRows() == 0)

            let number = try await world.submit("firm")
            try await app.testing().test(.POST, SiteURL.api(.demandTransitions(trackingNumber: number)).path, headers: try await world.bearer("firm"),
                                         beforeRequest: { request in
                try request.content.encode(["action": "accept"])
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "API accept by the enterprise")
            })

            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.demandNew.path, headers: Self.jsonHeaders(lead)) { response async throws in
                try Self.expectRefusal(response, "submit form for a leader")
            }
            _ = try await world.act("centre", number, ["action": "accept"])
            _ = try await world.act("centre", number, ["action": "assign", "handler_code": "gxj"])
            let gxj = try await app.signIn("gxj")
            try await app.testing().test(.POST, SiteURL.demandTransitions(number: number).path, headers: Self.jsonHeaders(gxj), beforeRequest: { request in
                try request.content.encode(["action": "approve_extension", "_csrf": gxj.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "page approve_extension by a department")
            })
            #expect(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first()?.status == "assigned")
        }
    }

    @Test("Evaluation: a leader cannot start a run, by the API or the page")
    func evaluation() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            try await app.testing().test(.POST, SiteURL.api(.evaluationRuns).path, headers: headers, beforeRequest: { request in
                try request.content.encode(EvaluationAPIController.StartRequest(method: "zhejiang-6", methodYAML: nil, year: 2025))
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "API run by a leader")
            })
            let lead = try await app.signIn("lead")
            try await app.testing().test(.POST, SiteURL.evaluationRuns.path, headers: Self.jsonHeaders(lead), beforeRequest: { request in
                try request.content.encode(["method": "zhejiang-6", "year": "2025", "_csrf": lead.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "page run by a leader")
            })
            #expect(try await EvaluationRun.query(on: app.db).count() == 0)
        }
    }

    @Test("Plan: another department cannot record a KPI's observation or a milestone, by the API or the page")
    func plan() async throws {
        try await withTestApp { app in
            let document = try await PlanStore(db: app.db, cache: app.planCache, today: app.appEnvironment.today).require()
            let item = try #require(document.allItems.first { item in
                item.milestones.contains { ($0.owner ?? item.owner).map { $0 != "gxj" } == true }
            })
            let milestone = try #require(item.milestones.first { ($0.owner ?? item.owner) != "gxj" })
            try await Fixture.user(app, "other", .department, binding: "gxj")
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "other").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            let before = try await PlanRecord.query(on: app.db).first()?.version
            try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "education-investment-3y")).path, headers: headers,
                                         beforeRequest: { request in
                try request.content.encode(PlanAPI.NewObservation(value: 1, date: "2024-12-31", source: "x", unit: nil))
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "API observation by another department")
            })
            try await app.testing().test(.PATCH, SiteURL.api(.planMilestone(code: milestone.code)).path, headers: headers, beforeRequest: { request in
                try request.content.encode(PlanAPI.MilestoneUpdate(actual: "2024-01-15"))
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "API milestone by another department")
            })
            let other = try await app.signIn("other")
            try await app.testing().test(.POST, SiteURL.planKPIObservations(code: "education-investment-3y").path, headers: Self.jsonHeaders(other),
                                         beforeRequest: { request in
                try request.content.encode(["value": "1", "date": "2024-12-31", "source": "x", "_csrf": other.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "page observation by another department")
            })
            #expect(try await PlanRecord.query(on: app.db).first()?.version == before)
        }
    }

    @Test("Enterprises: a leader cannot open the import or a firm's edit form")
    func enterprises() async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: Self.jsonHeaders(lead)) { response async throws in
                try Self.expectRefusal(response, "registry import for a leader")
            }
            try await app.testing().test(.GET, SiteURL.enterpriseEdit(creditCode: code).path, headers: Self.jsonHeaders(lead)) { response async throws in
                try Self.expectRefusal(response, "enterprise edit for a leader")
            }
            try await app.testing().test(.POST, SiteURL.enterpriseEdit(creditCode: code).path, headers: Self.jsonHeaders(lead), beforeRequest: { request in
                try request.content.encode(["contact_name": "x", "_csrf": lead.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                try Self.expectRefusal(response, "enterprise save by a leader")
            })
            // The error page in a browser says the same, in its language.
            try await app.testing().test(.GET, SiteURL.enterpriseEdit(creditCode: code).path, headers: lead.headers) { response async in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("只有管理员和部门可以修改企业信息"))
            }
        }
    }
}
