import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The people and firms of the demand tests: two firms in two towns, the demand centre (zsj),
/// two ordinary departments, a town, a leader and an admin.
struct DemandWorld {
    var app: Application
    var firm: String
    var otherFirm: String

    static func make(_ app: Application) async throws -> DemandWorld {
        let firm = try await Fixture.enterprise(app, serial: 11, name: "鹤山甲企业", town: "shaping")
        let other = try await Fixture.enterprise(app, serial: 12, name: "鹤山乙企业", town: "gonghe")
        try await Fixture.user(app, "firm", .enterprise, binding: firm)
        try await Fixture.user(app, "other", .enterprise, binding: other)
        try await Fixture.user(app, "centre", .department, binding: "zsj")
        try await Fixture.user(app, "gxj", .department, binding: "gxj")
        try await Fixture.user(app, "zrzyj", .department, binding: "zrzyj")
        try await Fixture.user(app, "shaping", .town, binding: "shaping")
        try await Fixture.user(app, "lead", .leader)
        try await Fixture.user(app, "admin", .admin)
        return DemandWorld(app: app, firm: firm, otherFirm: other)
    }

    func bearer(_ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    /// Submits through the API as `username`; returns the tracking number.
    func submit(_ username: String, category: String = "sme", description: String = "用电报装需要加快", enterprise: String? = nil) async throws -> String {
        var number = ""
        let headers = try await bearer(username)
        try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: headers, beforeRequest: { request in
            try request.content.encode(DemandAPI.NewDemand(category: category, description: description, enterprise: enterprise))
        }, afterResponse: { response async throws in
            #expect(response.status == .created, "\(response.body.string)")
            number = try decodeJSON(DemandAPI.View.self, response).trackingNumber
        })
        return number
    }

    /// Applies an action through the API; returns the status and the body.
    @discardableResult
    func act(_ username: String, _ number: String, _ body: [String: String]) async throws -> (status: HTTPStatus, body: String) {
        var result: (HTTPStatus, String) = (.ok, "")
        let headers = try await bearer(username)
        try await app.testing().test(.POST, SiteURL.api(.demandTransitions(trackingNumber: number)).path, headers: headers, beforeRequest: { request in
            try request.content.encode(body)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    func list(_ username: String, query: KeyValuePairs<String, String?> = [:]) async throws -> [String] {
        var numbers: [String] = []
        let headers = try await bearer(username)
        try await app.testing().test(.GET, SiteURL.api(.demands).path(query: query), headers: headers) { response async throws in
            #expect(response.status == .ok)
            numbers = try decodeJSON(CursorPage<DemandAPI.View>.self, response).items.map(\.trackingNumber)
        }
        return numbers
    }

    func demandRows() async throws -> Int { try await Demand.query(on: app.db).count() }
    func eventRows() async throws -> Int { try await DemandEvent.query(on: app.db).count() }
    /// Audit rows about demands (tokens made for the test's requests are audited too).
    func auditRows() async throws -> Int {
        try await AuditEntry.query(on: app.db).all().filter { $0.action.hasPrefix("demand.") }.count
    }
}
