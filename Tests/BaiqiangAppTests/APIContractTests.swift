import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The server refuses what its API description forbids, and says which methods a path answers.
@Suite("The API keeps to its description")
struct APIContractTests {
    func bearer(_ app: Application) async throws -> HTTPHeaders {
        try await Fixture.user(app, "admin1", .admin)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: "admin1").token)
        return headers
    }

    /// An API resource's path with a query.
    static func api(_ resource: SiteURL.API, _ query: KeyValuePairs<String, String?>) -> String {
        SiteURL.api(resource).path(query: query)
    }

    @Test("A query parameter outside its schema is a 400 problem naming the parameter",
          arguments: [
              (api(.demands, ["to": ""]), "to"), (api(.demands, ["from": "2025-02-30"]), "from"), (api(.demands, ["status": "lost"]), "status"),
              (api(.planKPIs, ["light": "blue"]), "light"), (api(.planKPIs, ["light": ""]), "light"),
              (api(.enterprises, ["stage": "null"]), "stage"), (api(.enterprises, ["stage": "9"]), "stage"),
              (api(.enterprises, ["scale": "huge"]), "scale"), (api(.enterprises, ["limit": "abc"]), "limit"),
              (api(.enterprises, ["cursor": "a+b"]), "cursor"), (api(.planKPIs, ["light": "green", "light": "red"]), "light"),
          ])
    func refusesWhatTheSchemaForbids(_ target: String, _ parameter: String) async throws {
        try await withTestApp { app in
            let headers = try await bearer(app)
            try await app.testing().test(.GET, target, headers: headers) { response async throws in
                #expect(response.status == .badRequest, "\(target)")
                let problem = try problemFields(response)
                let errors = try #require(problem["errors"] as? [[String: Any]], "\(target)")
                #expect(errors.first?["column"] as? String == parameter, "\(target)")
                #expect((problem["detail"] as? String)?.contains(parameter) == true, "\(target)")
            }
        }
    }

    @Test("Values the schema allows are accepted", arguments: [
        api(.demands, ["to": "2025-12-31", "status": "submitted"]), api(.planKPIs, ["light": "green"]), api(.enterprises, ["stage": "2", "scale": "above"]),
        api(.enterprises, ["cursor": "YWJj"]), api(.enterprises, ["cursor": "_w"]),
    ])
    func acceptsWhatTheSchemaAllows(_ target: String) async throws {
        try await withTestApp { app in
            let headers = try await bearer(app)
            try await app.testing().test(.GET, target, headers: headers) { response async in
                #expect(response.status == .ok, "\(target): \(response.body.string)")
            }
        }
    }

    @Test("A known path asked with another method is a 405 listing the methods it answers")
    func methodNotAllowed() async throws {
        try await withTestApp { app in
            let headers = try await bearer(app)
            for method in [HTTPMethod.TRACE, .DELETE, .PUT] {
                try await app.testing().test(method, SiteURL.api(.demands).path, headers: headers) { response async throws in
                    #expect(response.status == .methodNotAllowed, "\(method)")
                    #expect(response.headers.first(name: .allow) == "GET, HEAD, POST")
                    #expect(try problemFields(response)["status"] as? Int == 405)
                }
            }
            try await app.testing().test(.POST, SiteURL.api(.enterprise(creditCode: "91440784000000017X")).path) { response async in
                #expect(response.status == .methodNotAllowed, "a path with a parameter")
                #expect(response.headers.first(name: .allow) == "GET, HEAD")
            }
            // deliberately not a SiteURL: a path under the API that no route answers
            try await app.testing().test(.DELETE, "/api/v1/nothing/here", headers: headers) { response async in
                #expect(response.status == .notFound, "an unknown path stays a 404")
            }
        }
    }

    @Test("A request body of another media type is a 415 problem, as documented", arguments: [
        (HTTPMediaType.xml, "<demand/>"), (HTTPMediaType.plainText, "demand"), (HTTPMediaType.urlEncodedForm, "category=sme"),
    ])
    func unsupportedMediaType(type: HTTPMediaType, body: String) async throws {
        try await withTestApp { app in
            var headers = try await bearer(app)
            headers.contentType = type
            try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: headers, body: ByteBuffer(string: body)) { response async throws in
                #expect(response.status == .unsupportedMediaType)
                #expect(try problemFields(response)["status"] as? Int == 415)
            }
        }
    }
}
