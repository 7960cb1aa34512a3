import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A demand's fields are bounded the same in the API, the pages and Open311; an enterprise files
/// only for itself, into its own town, and cannot tell another firm's code from an unknown one.
@Suite("Demand field limits and the enterprise's own code and town")
struct DemandFieldLimitTests {
    func post(_ world: DemandWorld, _ username: String, _ body: DemandAPI.NewDemand) async throws -> (status: HTTPStatus, problem: [String: Any]?) {
        var result: (HTTPStatus, [String: Any]?) = (.ok, nil)
        try await world.app.testing().test(.POST, SiteURL.api(.demands).path, headers: try await world.bearer(username), beforeRequest: { request in
            try request.content.encode(body)
        }, afterResponse: { response async throws in
            result = (response.status, response.status == .created ? nil : try problemFields(response))
        })
        return result
    }

    func fields(_ problem: [String: Any]?) -> [String] {
        ((problem?["errors"] as? [[String: Any]]) ?? []).compactMap { $0["column"] as? String }
    }

    @Test("The API refuses an over-long description or address with 400 naming the field; at the limit both are accepted")
    func apiLimits() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let long = try await post(world, "firm", .init(category: "sme", description: String(repeating: "长", count: 4_001)))
            #expect(long.status == .badRequest)
            #expect(fields(long.problem) == ["description"])
            let address = try await post(world, "firm", .init(category: "sme", description: "用电", address: String(repeating: "路", count: 501)))
            #expect(address.status == .badRequest)
            #expect(fields(address.problem) == ["address"])
            #expect(try await world.demandRows() == 0)
            #expect(try await world.auditRows() == 0)

            let exact = try await post(world, "firm", .init(category: "sme", description: String(repeating: "长", count: 4_000),
                                                            address: String(repeating: "路", count: 500)))
            #expect(exact.status == .created)
            #expect(try await Demand.query(on: app.db).first()?.address?.count == 500)
        }
    }

    @Test("An enterprise naming another firm's code and one naming an unknown code get the same answer; nothing is filed")
    func sameAnswerForOtherAndUnknownCodes() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let unknown = CreditCode.completing("91440784000099999")!
            var answers: [String] = []
            for code in [world.otherFirm, unknown] {
                try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: try await world.bearer("firm"), beforeRequest: { request in
                    try request.content.encode(DemandAPI.NewDemand(category: "sme", description: "用电", enterprise: code))
                }, afterResponse: { response async throws in
                    var problem = try problemFields(response)
                    problem["request_id"] = nil
                    answers.append("\(response.status.code) \(problem["title"] ?? "") \(problem["detail"] ?? "")")
                })
            }
            #expect(answers.count == 2)
            #expect(answers[0] == answers[1])
            #expect(answers[0].hasPrefix("403"))
            #expect(try await world.demandRows() == 0)
            // The centre still hears that a code is unknown.
            let centre = try await post(world, "centre", .init(category: "sme", description: "用电", enterprise: unknown))
            #expect(centre.status == .badRequest)
            #expect((centre.problem?["detail"] as? String)?.contains(unknown) == true)
        }
    }

    @Test("An enterprise's demand takes the firm's own town, whatever town it names")
    func ownTown() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let filed = try await post(world, "firm", .init(category: "sme", description: "用电", town: "gonghe"))
            #expect(filed.status == .created)
            let demand = try #require(try await Demand.query(on: app.db).first())
            #expect(demand.townCode == "shaping")
            #expect(try await world.list("shaping").count == 1)
            #expect(try await world.list("other").isEmpty)
        }
    }

    @Test("A reason longer than 2,000 or an answer longer than 4,000 characters is refused naming note; nothing changes")
    func transitionLimits() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            try await world.act("centre", number, ["action": "accept"])
            try await world.act("centre", number, ["action": "assign", "handler_kind": "department", "handler_code": "gxj"])
            let events = try await world.eventRows()
            let reason = try await world.act("gxj", number, ["action": "return", "note": String(repeating: "因", count: 2_001)])
            #expect(reason.status == .badRequest)
            #expect(reason.body.contains(#""column":"note""#))
            let answer = try await world.act("gxj", number, ["action": "respond", "note": String(repeating: "答", count: 4_001)])
            #expect(answer.status == .badRequest)
            #expect(answer.body.contains(#""column":"note""#))
            #expect(try await world.eventRows() == events)
            #expect(try await Demand.query(on: app.db).first()?.status == DemandStatus.assigned.rawValue)
            let exact = try await world.act("gxj", number, ["action": "respond", "note": String(repeating: "答", count: 4_000)])
            #expect(exact.status == .ok)
        }
    }

    @Test("The submission page refuses an over-long address with the field named and files nothing")
    func pageLimits() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let browser = try await app.signIn("firm")
            try await app.testing().test(.POST, SiteURL.demandNew.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["category": "sme", "description": "用电", "address": String(repeating: "路", count: 501),
                                            "town": "gonghe", "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("address"))
                #expect(response.body.string.contains("500"))
            })
            #expect(try await world.demandRows() == 0)
        }
    }
}

/// Open311 filing: the request's own fields are checked before its key, in Open311's error format.
@Suite("Open311 field limits and coordinates")
struct Open311FieldLimitTests {
    func file(_ app: Application, _ fields: [String: String]) async throws -> (status: HTTPStatus, description: String) {
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.open311(.root(file: "requests.json")).path, beforeRequest: { request in
            try request.content.encode(fields, as: .urlEncodedForm)
        }, afterResponse: { response async throws in
            let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            let first = (body as? [[String: Any]])?.first
            result = (response.status, first?["description"] as? String ?? "\(first?["service_request_id"] ?? "")")
            if response.status != .created { #expect(first?["code"] as? Int == Int(response.status.code)) }
        })
        return result
    }

    @Test("An over-long address_string or description is a 400 naming it; nothing is filed")
    func lengths() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let key = try await DemandStore.Open311Keys.create(name: "hotline", writer: app.writer(as: .system))
            let base = ["api_key": key, "service_code": "12345-help", "description": "道路破损", "attribute[credit_code]": world.firm]
            var long = base
            long["address_string"] = String(repeating: "路", count: 501)
            let refused = try await file(app, long)
            #expect(refused.status == .badRequest)
            #expect(refused.description.contains("address_string"))
            var text = base
            text["description"] = String(repeating: "长", count: 4_001)
            let refusedText = try await file(app, text)
            #expect(refusedText.status == .badRequest)
            #expect(refusedText.description.contains("description"))
            #expect(try await world.demandRows() == 0)
            var exact = base
            exact["address_string"] = String(repeating: "路", count: 500)
            exact["description"] = String(repeating: "长", count: 4_000)
            #expect(try await file(app, exact).status == .created)
        }
    }

    @Test("A reader's over-long list of ids is a 400 naming the parameter")
    func readerLimits() async throws {
        try await withTestApp { app in
            let ids = Array(repeating: "SQ20260101-0001", count: 200).joined(separator: ",")
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["service_request_id": ids])) { response async throws in
                #expect(response.status == .badRequest)
                let first = (try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])?.first
                #expect((first?["description"] as? String)?.hasPrefix("service_request_id") == true)
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["service_request_id": "SQ20260101-0001"])) { response async in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("lat and long must be numbers within −90…90 and −180…180; a bad lat is a 400 about lat even without a key")
    func coordinates() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let key = try await DemandStore.Open311Keys.create(name: "hotline", writer: app.writer(as: .system))
            let base = ["api_key": key, "service_code": "12345-help", "description": "道路破损", "attribute[credit_code]": world.firm]
            var noKey = base
            noKey["api_key"] = nil
            noKey["lat"] = "abc"
            let unkeyed = try await file(app, noKey)
            #expect(unkeyed.status == .badRequest)
            #expect(unkeyed.description.hasPrefix("lat"))
            for (name, value) in [("lat", "abc"), ("lat", "90.5"), ("lat", "-91"), ("long", "180.01"), ("long", "-181"), ("long", "nan")] {
                var fields = base
                fields["lat"] = "22.7"
                fields["long"] = "112.9"
                fields[name] = value
                let answer = try await file(app, fields)
                #expect(answer.status == .badRequest, "\(name)=\(value)")
                #expect(answer.description.hasPrefix(name), "\(name)=\(value): \(answer.description)")
            }
            #expect(try await world.demandRows() == 0)
            var edge = base
            edge["lat"] = "90"
            edge["long"] = "-180"
            #expect(try await file(app, edge).status == .created)
            let demand = try #require(try await Demand.query(on: app.db).first())
            #expect(demand.latitude == 90)
            #expect(demand.longitude == -180)
        }
    }
}
