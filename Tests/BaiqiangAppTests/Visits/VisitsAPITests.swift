import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Visits API: record and list under the page's rules and bounds")
struct VisitsAPITests {
    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func post(_ app: Application, _ headers: HTTPHeaders, _ body: [String: AnyCodableValue]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var headers = headers
        headers.contentType = .json
        try await app.testing().test(.POST, SiteURL.api(.visits).path, headers: headers, beforeRequest: { request in
            request.body = ByteBuffer(data: try JSONEncoder().encode(body))
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    @Test("A leader posts a visit and lists it; an unknown flag, a future date or seven flags are 400; an enterprise is 403")
    func recordAndList() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (_, shaping, _) = try await VisitsTests.world(app)
            let lead = try await bearer(app, "lishi")
            let (created, body) = try await post(app, lead, ["credit_code": .text(shaping), "leader": .text("lishi"), "date": .text("2026-05-18"),
                                                             "risk_flags": .list(["layoffs", "output_falling"])])
            #expect(created == .created, "\(body)")
            #expect(body.contains("\"risk_flags\":[\"output_falling\",\"layoffs\"]"))
            for (field, value) in [("risk_flags", AnyCodableValue.list(["bankrupt"])), ("date", .text("2026-05-21")),
                                   ("risk_flags", .list(Array(repeating: "layoffs", count: 7)))] {
                var fields: [String: AnyCodableValue] = ["credit_code": .text(shaping), "leader": .text("lishi"), "date": .text("2026-05-18")]
                fields[field] = value
                let (status, problem) = try await post(app, lead, fields)
                #expect(status == .badRequest, "\(field): \(problem)")
            }
            #expect(try await Visit.query(on: app.db).count() == 1)
            try await app.testing().test(.GET, SiteURL.api(.visits).path, headers: lead) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"date\":\"2026-05-18\""))
            }
            try await Fixture.user(app, "firm1", .enterprise, binding: shaping)
            let (forbidden, _) = try await post(app, try await bearer(app, "firm1"),
                                                ["credit_code": .text(shaping), "leader": .text("lishi"), "date": .text("2026-05-18")])
            #expect(forbidden == .forbidden)
        }
    }
}

/// A JSON value for request bodies: a string or a list of strings.
enum AnyCodableValue: Encodable {
    case text(String)
    case list([String])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}
