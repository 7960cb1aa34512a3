import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Every text a user can write is bounded by Core's `FieldLimits`: an over-long value is refused
/// naming the field and writes nothing; a value at exactly the limit is accepted.
@Suite("Field limits in pages and the API")
struct FieldLimitsAppTests {
    func post(_ app: Application, _ url: SiteURL, _ browser: Browser, _ fields: [String: String]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var form = fields
        form["_csrf"] = browser.csrf
        try await app.testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    @Test("The enterprise edit page refuses an over-long address or contact and changes nothing; at the limit it saves")
    func enterpriseEdit() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            let browser = try await app.signIn("admin1")
            let edit = SiteURL.enterpriseEdit(creditCode: code)
            let audits = try await AuditEntry.query(on: app.db).count()
            for (field, count) in [("address", 501), ("contact_name", 101), ("contact_phone", 101), ("city_leader", 65)] {
                let (status, body) = try await post(app, edit, browser, [field: String(repeating: "字", count: count)])
                #expect(status == .badRequest, "\(field)")
                #expect(body.contains("“\(field)”不能超过 \(count - 1) 个字符"), "\(field)")
            }
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            #expect(firm.address == nil && firm.contactName == nil)
            #expect(try await AuditEntry.query(on: app.db).count() == audits)
            let (status, _) = try await post(app, edit, browser, ["address": String(repeating: "路", count: 500),
                                                                 "contact_name": String(repeating: "张", count: 100)])
            #expect(status == .seeOther)
            let saved = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            #expect(saved.address?.count == 500)
            #expect(saved.contactName?.count == 100)
        }
    }

    @Test("A plan observation with an over-long source, a negative GDP or a date before the baseline is refused naming the field")
    func planObservation() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let version = try await PlanRecord.query(on: app.db).first()?.version
            let cases: [(String, String, PlanAPI.NewObservation, String)] = [
                ("stats", "gdp", .init(value: -5, date: "2024-12-31", source: "统计公报", unit: nil), "value"),
                ("edu", "education-investment-3y", .init(value: 1, date: "2024-12-31", source: String(repeating: "源", count: 2_001), unit: nil), "source"),
                ("edu", "education-investment-3y", .init(value: 1, date: "2020-01-01", source: "年报", unit: nil), "date"),
            ]
            for (user, kpi, observation, field) in cases {
                try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: kpi)).path, headers: try await bearer(app, user),
                                             beforeRequest: { request in try request.content.encode(observation) },
                                             afterResponse: { response async throws in
                    #expect(response.status == .badRequest, "\(field)")
                    let errors = try problemFields(response)["errors"] as? [[String: Any]]
                    #expect(errors?.compactMap { $0["column"] as? String } == [field])
                })
            }
            #expect(try await PlanRecord.query(on: app.db).first()?.version == version)
            try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "education-investment-3y")).path, headers: try await bearer(app, "edu"),
                                         beforeRequest: { request in
                try request.content.encode(PlanAPI.NewObservation(value: 1, date: "2024-12-31", source: String(repeating: "源", count: 2_000), unit: nil))
            }, afterResponse: { response async in
                #expect(response.status == .created)
            })
        }
    }

    @Test("An account's display name and an API token's name are bounded; nothing is made when too long")
    func accountsAndTokens() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            let form = ["username": "newuser", "role": "leader", "password": Fixture.password]
            var long = form
            long["displayName"] = String(repeating: "名", count: 201)
            let (status, body) = try await post(app, .adminUsers, browser, long)
            #expect(status == .badRequest)
            #expect(body.contains("“displayName”不能超过 200 个字符"))
            #expect(try await User.query(on: app.db).filter(\.$username == "newuser").count() == 0)
            var exact = form
            exact["displayName"] = String(repeating: "名", count: 200)
            #expect(try await post(app, .adminUsers, browser, exact).0 == .seeOther)

            let tokens = try await ApiToken.query(on: app.db).count()
            let (tokenStatus, tokenBody) = try await post(app, .accountTokens, browser, ["name": String(repeating: "t", count: 201)])
            #expect(tokenStatus == .badRequest)
            #expect(tokenBody.contains("“name”不能超过 200 个字符"))
            #expect(try await ApiToken.query(on: app.db).count() == tokens)
            #expect(try await post(app, .accountTokens, browser, ["name": String(repeating: "t", count: 200)]).0 == .ok)
            #expect(try await ApiToken.query(on: app.db).filter(\.$name == String(repeating: "t", count: 200)).count() == 1)
        }
    }

    @Test("A routing rule with an over-long code is refused and nothing is stored")
    func routingRule() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            let rules = try await DemandRoutingRule.query(on: app.db).count()
            let (status, body) = try await post(app, .demandRouting, browser, [
                "category": "sme", "handler_kind": "department", "handler_code": String(repeating: "g", count: 65)])
            #expect(status == .badRequest)
            #expect(body.contains("“handler_code”不能超过 64 个字符"))
            #expect(!body.contains(String(repeating: "g", count: 65)), "the refused value is not echoed")
            #expect(try await DemandRoutingRule.query(on: app.db).count() == rules)
        }
    }

    @Test("The OpenAPI document states the same maxima as Core's table")
    func openAPIStatesTheLimits() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.apiDescription.path) { response async throws in
                let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
                let newDemand = (schemas?["NewDemand"] as? [String: Any])?["properties"] as? [String: [String: Any]]
                #expect(newDemand?["description"]?["maxLength"] as? Int == TextFieldKind.demandText.maximumLength)
                #expect(newDemand?["address"]?["maxLength"] as? Int == TextFieldKind.address.maximumLength)
                #expect(newDemand?["town"]?["maxLength"] as? Int == TextFieldKind.code.maximumLength)
                let transition = (schemas?["DemandTransition"] as? [String: Any])?["properties"] as? [String: [String: Any]]
                #expect(transition?["leader"]?["maxLength"] as? Int == TextFieldKind.contact.maximumLength)
            }
        }
    }
}
