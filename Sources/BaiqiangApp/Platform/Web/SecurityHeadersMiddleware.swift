import Vapor

/// The headers that tell a browser what a response may do, on every response: pages, the API,
/// static files, errors and redirects. It is the outermost middleware, so the error handler's
/// pages and problem documents carry them too. The policy allows scripts, styles and images from
/// this site only (no inline script or style, nothing from a CDN), no plugins, no framing, and
/// forms that post back here only.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
        "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
    ].joined(separator: "; ")

    static let headers: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("X-Content-Type-Options", "nosniff"),
    ]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        for (name, value) in Self.headers {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }
}
