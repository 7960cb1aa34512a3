import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Open311 GeoReport v2: services, filing with an api_key, reading requests, in JSON and XML")
struct DemandOpen311Tests {
    func json(_ response: TestingHTTPResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    @Test("Discovery and services in JSON and XML; service codes are strings; an unknown service is a 404 error document")
    func services() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "services.json")).path) { response async throws in
                #expect(response.status == .ok)
                let list = try #require(try json(response) as? [[String: Any]])
                #expect(list.first?["service_code"] as? String == "sme")
                #expect(list.contains { $0["service_code"] as? String == "12345-complaint" })
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "services.xml")).path) { response async in
                #expect(response.headers.contentType?.subType == "xml")
                #expect(response.body.string.contains("<services><service><service_code>sme</service_code>"))
            }
            try await app.testing().test(.GET, SiteURL.open311(.service(file: "12345-inquiry.json")).path) { response async throws in
                let definition = try #require(try json(response) as? [String: Any])
                #expect(definition["service_code"] as? String == "12345-inquiry")
            }
            try await app.testing().test(.GET, SiteURL.open311(.service(file: "no-such.json")).path) { response async throws in
                #expect(response.status == .notFound)
                let errors = try #require(try json(response) as? [[String: Any]])
                #expect(errors.first?["code"] as? Int == 404)
            }
            try await app.testing().test(.GET, SiteURL.open311(.service(file: "no-such.xml")).path) { response async in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("<errors><error><code>404</code>"))
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "discovery.json")).path) { response async throws in
                let discovery = try #require(try json(response) as? [String: Any])
                #expect((discovery["endpoints"] as? [[String: Any]])?.first?["specification"] as? String == "http://wiki.open311.org/GeoReport_v2")
            }
        }
    }

    @Test("POST requests needs a valid api_key; the request gets a tracking number and its working-day deadline")
    func filing() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let key = try await DemandStore.Open311Keys.create(name: "12345 hotline", writer: app.writer(as: .system))
            #expect(try await Open311Key.query(on: app.db).first()?.keyHash != key, "kept hashed")
            let form = ["service_code": "12345-help", "description": "道路破损影响货车进出", "attribute[credit_code]": world.firm]
            for (apiKey, status) in [(nil, HTTPStatus.forbidden), ("o311_wrong", .forbidden)] as [(String?, HTTPStatus)] {
                try await app.testing().test(.POST, SiteURL.open311(.root(file: "requests.json")).path, beforeRequest: { request in
                    var fields = form
                    if let apiKey { fields["api_key"] = apiKey }
                    try request.content.encode(fields, as: .urlEncodedForm)
                }, afterResponse: { response async throws in
                    #expect(response.status == status)
                    let errors = try #require(try json(response) as? [[String: Any]])
                    #expect(errors.first?["code"] as? Int == 403)
                    #expect((errors.first?["description"] as? String)?.contains("api_key") == true)
                })
            }
            #expect(try await world.demandRows() == 0)
            try await app.testing().test(.POST, SiteURL.open311(.root(file: "requests.json")).path, beforeRequest: { request in
                try request.content.encode(form.merging(["service_code": "nope", "api_key": key]) { $1 }, as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .notFound)
            })
            var number = ""
            var token = ""
            try await app.testing().test(.POST, SiteURL.open311(.root(file: "requests.json")).path, beforeRequest: { request in
                try request.content.encode(form.merging(["api_key": key]) { $1 }, as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                #expect(response.status == .created)
                let created = try #require(try json(response) as? [[String: Any]])
                number = created.first?["service_request_id"] as? String ?? ""
                token = created.first?["token"] as? String ?? ""
            })
            #expect(number.hasPrefix("SQ"))
            let demand = try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first())
            #expect(demand.channel == "open311")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "demand.submit").first()?.actor == "open311:12345 hotline")

            try await app.testing().test(.GET, SiteURL.open311(.request(file: "\(number).json")).path) { response async throws in
                let list = try #require(try json(response) as? [[String: Any]])
                #expect(list.first?["status"] as? String == "open")
                #expect(list.first?["service_code"] as? String == "12345-help")
                #expect(list.first?["expected_datetime"] as? String == ShanghaiTime.iso8601(demand.closureDeadline))
                #expect((list.first?["expected_datetime"] as? String)?.hasSuffix("T23:59:59+08:00") == true)
            }
            try await app.testing().test(.GET, SiteURL.open311(.request(file: "\(number).xml")).path) { response async in
                #expect(response.body.string.contains("<service_requests><request><service_request_id>\(number)</service_request_id>"))
                #expect(response.body.string.contains("<expected_datetime>"))
            }
            try await app.testing().test(.GET, SiteURL.open311(.token(file: "\(token).json")).path) { response async throws in
                let list = try #require(try json(response) as? [[String: Any]])
                #expect(list.first?["service_request_id"] as? String == number)
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["service_code": "12345-help", "status": "open"])) { response async throws in
                let list = try #require(try json(response) as? [[String: Any]])
                #expect(list.map { $0["service_request_id"] as? String } == [number])
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["status": "closed"])) { response async throws in
                #expect((try json(response) as? [Any])?.isEmpty == true)
            }
            try await app.testing().test(.GET, SiteURL.open311(.request(file: "SQ00000000-0000.json")).path) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("A date range over 90 days is an error; page and page_size page the list")
    func rangesAndPages() async throws {
        try await withTestApp { app in
            _ = try await DemandWorld.make(app)
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"])) { response async throws in
                #expect(response.status == .badRequest)
                let errors = try #require(try json(response) as? [[String: Any]])
                #expect((errors.first?["description"] as? String)?.contains("90 days") == true)
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.xml")).path(query: ["start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"])) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("<errors><error><code>400</code>"))
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["page_size": "0"])) { response async in
                #expect(response.status == .badRequest)
            }
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "requests.json")).path(query: ["start_date": "2026-01-01T00:00:00Z", "end_date": "2026-03-01T00:00:00Z", "page": "2", "page_size": "10"])) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string == "[]")
            }
        }
    }
}
