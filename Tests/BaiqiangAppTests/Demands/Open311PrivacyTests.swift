import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Open311 reads: what anonymous readers see")
struct Open311PrivacyTests {
    func json(_ response: TestingHTTPResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    @Test("Without a key a request shows how it is handled but not what the firm wrote or where it is")
    func anonymousReads() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let key = try await DemandStore.Open311Keys.create(name: "12345 hotline", writer: app.writer(as: .system))
            var number = ""
            try await app.testing().test(.POST, SiteURL.open311(.root(file: "requests.json")).path, beforeRequest: { request in
                try request.content.encode(["api_key": key, "service_code": "12345-help", "description": "厂房租金纠纷的内部细节",
                                            "attribute[credit_code]": world.firm, "address_string": "鹤山市沙坪街道某路1号"], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                #expect(response.status == .created)
                number = (try #require(try json(response) as? [[String: Any]])).first?["service_request_id"] as? String ?? ""
            })
            try await app.testing().test(.GET, SiteURL.open311(.request(file: "\(number).json")).path) { response async throws in
                let body = response.body.string
                #expect(response.status == .ok)
                #expect(body.contains(number))
                #expect(body.contains("expected_datetime"))
                #expect(!body.contains("厂房租金纠纷"))
                #expect(!body.contains("某路1号"))
            }
            try await app.testing().test(.GET, SiteURL.open311(.request(file: "\(number).json")).path(query: ["api_key": key])) { response async in
                #expect(response.body.string.contains("厂房租金纠纷的内部细节"))
            }
        }
    }
}
