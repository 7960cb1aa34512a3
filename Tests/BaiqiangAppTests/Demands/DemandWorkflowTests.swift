import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demands: the workflow through the API and pages, audited, refusing the wrong role or state")
struct DemandWorkflowTests {
    @Test("Submit → accept → assign → respond → resolve → return visit closes it; every step is an event and an audit row")
    func fullWorkflow() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            #expect(number.hasPrefix("SQ"))
            #expect(try await world.act("centre", number, ["action": "accept"]).status == .ok)
            #expect(try await world.act("centre", number, ["action": "assign", "handler_kind": "department", "handler_code": "gxj"]).status == .ok)
            #expect(try await world.act("gxj", number, ["action": "respond", "note": "已联系供电局"]).status == .ok)
            #expect(try await world.act("gxj", number, ["action": "resolve", "note": "已通电"]).status == .ok)
            let visit = try await world.act("centre", number, ["action": "return_visit", "satisfaction": "satisfied"])
            #expect(visit.status == .ok)
            #expect(visit.body.contains(#""status":"closed""#))

            let demand = try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first())
            #expect(demand.status == "closed")
            let events = try await DemandEvent.query(on: app.db).filter(\.$demandID == demand.requireID()).sort(\.$at).all()
            #expect(events.map(\.action) == ["submit", "accept", "assign", "respond", "resolve", "return_visit"])
            #expect(events.first { $0.action == "respond" }?.actor == "gxj")
            #expect(events.first { $0.action == "respond" }?.actorRole == "department")
            let audited = try await AuditEntry.query(on: app.db).filter(\.$entityID == number).all()
            #expect(Set(audited.map(\.action)) == ["demand.submit", "demand.accept", "demand.assign", "demand.respond", "demand.resolve", "demand.return_visit"])
            #expect(audited.first { $0.action == "demand.accept" }?.actor == "centre")

            // The enterprise sees every step and its deadlines on the page.
            let browser = try await app.signIn("firm")
            try await app.testing().test(.GET, SiteURL.demand(number: number).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("已联系供电局"))
                #expect(body.contains("办结期限") || body.contains("办理时限"))
                #expect(body.contains("已结案"))
            }
        }
    }

    @Test("An illegal transition (400) and a wrong role (403) are refused with the reason, and nothing is written")
    func refusals() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            let before = (try await world.eventRows(), try await world.auditRows())

            // Wrong role: an enterprise cannot accept.
            let wrongRole = try await world.act("firm", number, ["action": "accept"])
            #expect(wrongRole.status == .forbidden)
            #expect(wrongRole.body.contains("签收") || wrongRole.body.contains("Accept"))
            // Illegal state: responding to a demand nobody has accepted.
            let illegal = try await world.act("centre", number, ["action": "resolve", "note": "x"])
            #expect(illegal.status == .badRequest)
            // A department that is not the centre cannot accept either.
            let notCentre = try await world.act("gxj", number, ["action": "accept"])
            #expect(notCentre.status == .forbidden || notCentre.status == .notFound)
            // A required text missing.
            _ = try await world.act("centre", number, ["action": "accept"])
            _ = try await world.act("centre", number, ["action": "assign", "handler_code": "gxj"])
            let afterSetup = (try await world.eventRows(), try await world.auditRows())
            let noText = try await world.act("gxj", number, ["action": "return", "note": "   "])
            #expect(noText.status == .badRequest)
            #expect(try await world.eventRows() == afterSetup.0)
            #expect(try await world.auditRows() == afterSetup.1)
            #expect(afterSetup.0 == before.0 + 2)

            // Through the page: the refusal is shown, and the demand stays as it was.
            let browser = try await app.signIn("gxj")
            try await app.testing().test(.POST, SiteURL.demandTransitions(number: number).path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["action": "approve_extension", "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("诉求中心") || response.body.string.contains("demand centre"))
            })
            // A form without the CSRF field is refused.
            try await app.testing().test(.POST, SiteURL.demandTransitions(number: number).path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["action": "respond", "note": "ok"], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            try await app.testing().test(.POST, SiteURL.demandTransitions(number: number).path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["action": "respond", "note": "收到，正在办理", "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            #expect(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first()?.status == "responded")
        }
    }

    @Test("Extension, urge, escalation and auto-routing by the routing rules")
    func sideActions() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            try await DemandRoutingRule(categoryCode: "12345-help", townCode: "*", handler: .department("zrzyj")).create(on: app.db)
            let number = try await world.submit("firm", category: "12345-help")
            _ = try await world.act("centre", number, ["action": "accept"])
            let routed = try await world.act("centre", number, ["action": "auto_route"])
            #expect(routed.status == .ok)
            #expect(routed.body.contains(#""code":"zrzyj""#))
            #expect(try await world.act("zrzyj", number, ["action": "request_extension", "until": "2099-01-31", "note": "需要现场勘查"]).status == .ok)
            #expect(try await world.act("centre", number, ["action": "approve_extension"]).status == .ok)
            #expect(try await world.act("lead", number, ["action": "urge", "note": "请加快"]).status == .ok)
            // Not overdue: escalation is refused.
            let escalate = try await world.act("centre", number, ["action": "escalate", "leader": "张副市长"])
            #expect(escalate.status == .badRequest)
            let demand = try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first())
            #expect(ShanghaiTime.iso8601(demand.closureDeadline).hasPrefix("2099-01-31T23:59:59"))
        }
    }

    @Test("Bad input: empty, too long, unknown category; markup kept as text and shown escaped")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let headers = try await world.bearer("firm")
            for (category, description) in [("sme", "   "), ("sme", String(repeating: "长", count: 4_001)), ("no-such", "正常内容")] {
                try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: headers, beforeRequest: { request in
                    try request.content.encode(DemandAPI.NewDemand(category: category, description: description))
                }, afterResponse: { response async throws in
                    #expect(response.status == .badRequest)
                    let problem = try problemFields(response)
                    #expect((problem["detail"] as? String)?.isEmpty == false)
                })
            }
            #expect(try await world.demandRows() == 0)

            let number = try await world.submit("firm", description: "<script>alert('x')</script> 请协调")
            let stored = try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first()
            #expect(stored?.text.hasPrefix("<script>") == true)
            let browser = try await app.signIn("firm")
            try await app.testing().test(.GET, SiteURL.demand(number: number).path, headers: browser.headers) { response async in
                #expect(!response.body.string.contains("<script>alert"))
                #expect(response.body.string.contains("&lt;script&gt;"))
            }
        }
    }
}
