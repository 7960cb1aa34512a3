import Fluent
import SQLKit
import Vapor

/// `/healthz` (the process answers), `/readyz` (the database answers), `/metrics` (for loopback
/// clients or the configured token; anyone else gets 404, as if it were not there).
struct OperationsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.health.components) { _ in Self.plain("ok\n") }
        routes.get(SiteURL.readiness.components, use: ready)
        routes.get(SiteURL.metrics.components) { request in
            guard MetricsAccess.allows(request) else { throw Abort(.notFound) }
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
            return Response(status: .ok, headers: headers, body: .init(string: request.application.httpMetrics.exposition()))
        }
    }

    @Sendable func ready(_ request: Request) async throws -> Response {
        do {
            try await DatabaseSetup.ping(request.db)
            return Self.plain("ready\n")
        } catch {
            request.logger.warning("readiness check failed", metadata: ["error": "\(error)"])
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable\n"))
        }
    }

    static func plain(_ text: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .plainText
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
