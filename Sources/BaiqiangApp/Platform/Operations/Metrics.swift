import Prometheus
import Vapor

/// Request counts and latency histograms by route and status, in Prometheus text format.
final class HTTPMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    func record(method: String, route: String, status: UInt, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(
            descriptor: MetricNameDescriptor(namespace: "baiqiang", metricName: "http_requests", unitName: "total",
                                             helpText: "HTTP requests by method, route and status"),
            labels: labels
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(namespace: "baiqiang", metricName: "http_request_duration", unitName: "seconds",
                                             helpText: "HTTP request latency by method, route and status"),
            labels: labels, buckets: Self.buckets
        ).record(duration)
    }

    func exposition() -> String { registry.emitToString() }
}

extension Application {
    private struct MetricsKey: StorageKey {
        typealias Value = HTTPMetrics
    }

    var httpMetrics: HTTPMetrics {
        guard let metrics = storage[MetricsKey.self] else { fatalError("configure(_:_:) was not called") }
        return metrics
    }

    func installMetrics() {
        storage[MetricsKey.self] = HTTPMetrics()
    }
}

/// Times every request and records it under its route pattern (not its raw path, which would
/// make a series per enterprise).
struct MetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await next.respond(to: request)
        let elapsed = clock.now - start
        request.application.httpMetrics.record(
            method: request.method.rawValue, route: Self.routeLabel(request), status: response.status.code, duration: elapsed)
        request.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "path": "\(request.url.path)",
            "status": "\(response.status.code)", "duration_ms": "\(String(format: "%.1f", Self.milliseconds(elapsed)))",
        ])
        return response
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func routeLabel(_ request: Request) -> String {
        if let route = request.route {
            return "/" + route.path.map(\.description).joined(separator: "/")
        }
        return request.url.path.hasPrefix("/static/") ? "/static/*" : "unmatched"
    }
}
