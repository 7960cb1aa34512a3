import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// A demand goes only to a unit that can act on it, and the centre can move it to another unit
/// (改派) with a reason while it is being handled: the old unit loses it, the new one gets it.
@Suite("Demands: the unit picker and reassignment (改派)")
struct DemandReassignTests {
    func state(_ app: Application, _ number: String) async throws -> DemandState {
        try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first()).state
    }

    @Test("A town sent as a department, or a unit the county does not have, is refused and nothing changes")
    func unitsMustExistAsTheirKind() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            try await world.act("centre", number, ["action": "accept"])
            let events = try await world.eventRows()
            for body in [["handler_kind": "department", "handler_code": "shaping"], ["handler_kind": "town", "handler_code": "gxj"],
                         ["handler": "department:nobody"], ["handler": "county:gxj"], ["handler_kind": "county", "handler_code": "gxj"]] {
                let result = try await world.act("centre", number, body.merging(["action": "assign"]) { a, _ in a })
                #expect(result.status == .badRequest, "\(body)")
                #expect(result.body.contains("承办单位") || result.body.contains("handling unit"), "\(body): \(result.body)")
            }
            #expect(try await state(app, number).status == .accepted)
            #expect(try await world.eventRows() == events)
            #expect(try await world.act("centre", number, ["action": "assign", "handler": "town:shaping"]).status == .ok)
            #expect(try await state(app, number).handler == .town("shaping"))
        }
    }

    @Test("The centre reassigns with a reason: the old unit loses the demand, the new unit has it, and it is audited")
    func reassign() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            try await world.act("centre", number, ["action": "accept"])
            try await world.act("centre", number, ["action": "assign", "handler": "department:gxj"])
            #expect(try await world.act("gxj", number, ["action": "reassign", "handler": "department:zrzyj", "note": "不归我局"]).status == .forbidden,
                    "a handling unit returns a demand (退单); only the centre reassigns")
            #expect(try await world.act("centre", number, ["action": "reassign", "handler": "department:zrzyj"]).status == .badRequest,
                    "a reason is required")
            #expect(try await world.act("centre", number, ["action": "reassign", "handler": "department:gxj", "note": "同一单位"]).status == .badRequest,
                    "the same unit is not a reassignment")
            #expect(try await state(app, number).handler == .department("gxj"))

            let before = try await state(app, number)
            let moved = try await world.act("centre", number, ["action": "reassign", "handler": "department:zrzyj", "note": "属于自然资源局职责"])
            #expect(moved.status == .ok, "\(moved.body)")
            let after = try await state(app, number)
            #expect(after.handler == .department("zrzyj"))
            #expect(after.status == .assigned)
            #expect(after.deadlines == before.deadlines, "the enterprise's clock keeps running")
            #expect(try await world.list("gxj").contains(number) == false)
            #expect(try await world.list("zrzyj").contains(number))
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "demand.reassign").first())
            #expect(audit.before?.contains("gxj") == true && audit.after?.contains("zrzyj") == true)
            let event = try #require(try await DemandEvent.query(on: app.db).filter(\.$action == "reassign").first())
            #expect(event.note == "属于自然资源局职责")
        }
    }
}

@Suite("Demands: the list says what each demand is about and filters by name")
struct DemandListFindingTests {
    @Test("A keyword finds demands by text or tracking number; the unit picker filters by kind and code; the page names firms and units")
    func keywordAndPickers() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let power = try await world.submit("firm", description: "用电报装需要加快")
            let road = try await world.submit("firm", description: "厂区门口道路积水")
            for number in [power, road] { try await world.act("centre", number, ["action": "accept"]) }
            try await world.act("centre", power, ["action": "assign", "handler": "department:gxj"])
            try await world.act("centre", road, ["action": "assign", "handler": "town:shaping"])
            #expect(try await world.list("centre", query: ["q": "道路"]) == [road])
            #expect(try await world.list("centre", query: ["q": power.lowercased()]) == [power])
            #expect(try await world.list("centre", query: ["handler": "town:shaping"]) == [road])
            #expect(try await world.list("centre", query: ["handler": "department:shaping"]).isEmpty, "the kind is part of the unit")
            #expect(try await world.list("centre", query: ["handler": "gxj"]) == [power], "a bare code still works for API clients")
            let centre = try await app.signIn("centre")
            try await app.testing().test(.GET, SiteURL.demands.path, headers: centre.headers) { response async in
                let page = response.body.string
                #expect(page.contains("厂区门口道路积水"), "the subject column")
                #expect(page.contains("鹤山甲企业"), "firms by name")
                #expect(page.contains("<td>沙坪街道</td>"), "units by name")
                #expect(page.contains(#"<option value="town:shaping">沙坪街道</option>"#))
            }
        }
    }
}
