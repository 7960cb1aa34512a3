import BaiqiangCore
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Every response carries the browser security headers; /metrics is for this machine or the
/// configured token only.
@Suite("Security headers and the metrics endpoint")
struct ResponseSecurityTests {
    static let expected = [
        "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
    ]

    func expectHeaders(_ response: TestingHTTPResponse, _ what: String) {
        for (name, value) in Self.expected {
            #expect(response.headers.first(name: name) == value, "\(what): \(name)")
        }
    }

    @Test("A page, an API call, a static file, a 404, a 405, an API error and a redirect all carry the four headers")
    func everyResponse() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.home.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                expectHeaders(response, "page")
            }
            var bearer = HTTPHeaders()
            bearer.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token)
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer) { response async in
                #expect(response.status == .ok)
                expectHeaders(response, "API")
            }
            // deliberately not a SiteURL: static files are served from Public/, not by a route
            try await app.testing().test(.GET, "/static/css/app.css") { response async in
                #expect(response.status == .ok)
                expectHeaders(response, "static file")
            }
            // deliberately not a SiteURL: a page that does not exist
            try await app.testing().test(.GET, "/no/such/page", headers: browser.headers) { response async in
                #expect(response.status == .notFound)
                expectHeaders(response, "404 page")
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprise(creditCode: "none")).path) { response async in
                #expect(response.status == .unauthorized)
                expectHeaders(response, "API error")
            }
            try await app.testing().test(.DELETE, SiteURL.api(.me).path) { response async in
                #expect(response.status == .methodNotAllowed)
                expectHeaders(response, "405")
            }
            try await app.testing().test(.GET, SiteURL.home.path) { response async in
                #expect(response.status.code / 100 == 3, "signed out, the home page redirects to the login")
                expectHeaders(response, "redirect")
            }
        }
    }

    /// Sends a request as if it came over a socket from `address`.
    func metrics(_ app: Application, from address: String, headers: HTTPHeaders = [:]) async throws -> Response {
        let request = Request(application: app, method: .GET, url: URI(string: SiteURL.metrics.path), headers: headers,
                              remoteAddress: try SocketAddress(ipAddress: address, port: 40_000), on: app.eventLoopGroup.next())
        return try await app.responder.respond(to: request).get()
    }

    @Test("/metrics answers a loopback client, and refuses one elsewhere or behind a proxy with 404")
    func metricsForLoopbackOnly() async throws {
        try await withTestApp { app in
            for address in ["127.0.0.1", "::1"] {
                let status = try await metrics(app, from: address).status
                #expect(status == .ok, "\(address)")
            }
            for address in ["10.20.30.40", "192.168.1.5", "2001:db8::1"] {
                let status = try await metrics(app, from: address).status
                #expect(status == .notFound, "\(address)")
            }
            let proxied: HTTPHeaders = ["X-Forwarded-For": "203.0.113.9"]
            let status = try await metrics(app, from: "127.0.0.1", headers: proxied).status
            #expect(status == .notFound, "a request a local proxy forwards stands for a client elsewhere")
        }
    }

    @Test("With a token configured, any client with the token reads /metrics; a wrong token is refused")
    func metricsWithToken() async throws {
        let token = "metrics-token-0123456789abcdefghijklmnop"
        try await withTestApp(configure: { $0.metricsToken = token }) { app in
            var good = HTTPHeaders()
            good.bearerAuthorization = .init(token: token)
            let response = try await metrics(app, from: "10.20.30.40", headers: good)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
            var wrong = HTTPHeaders()
            wrong.bearerAuthorization = .init(token: token + "x")
            let withWrongToken = try await metrics(app, from: "10.20.30.40", headers: wrong).status
            #expect(withWrongToken == .notFound)
            let withoutToken = try await metrics(app, from: "10.20.30.40").status
            #expect(withoutToken == .notFound)
        }
    }
}
