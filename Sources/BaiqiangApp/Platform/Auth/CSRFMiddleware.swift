import Vapor

/// Refuses any state-changing request made with a session cookie that does not carry the
/// session's CSRF token (form field `_csrf` or header `X-CSRF-Token`). Bearer-token requests are
/// exempt: browsers never attach those on their own.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let safe: [HTTPMethod] = [.GET, .HEAD, .OPTIONS]
        guard !safe.contains(request.method), let principal = request.principal, principal.channel == .session else {
            return try await next.respond(to: request)
        }
        let presented = request.headers.first(name: "X-CSRF-Token")
            ?? (try? request.content.get(String.self, at: Self.fieldName))
        guard let expected = principal.csrfToken, let presented, constantTimeEqual(presented, expected) else {
            throw Abort(.forbidden, reason: "csrf")
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
