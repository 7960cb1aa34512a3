import Vapor

/// Refuses any state-changing request made with a session cookie that does not carry the
/// session's CSRF token: as the header `X-CSRF-Token` (scripts), the form field `_csrf` (forms),
/// or the query parameter `_csrf` (file uploads, whose multipart body is read only after this
/// check). Bearer-token requests are exempt: browsers never attach those on their own.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let safe: [HTTPMethod] = [.GET, .HEAD, .OPTIONS]
        guard !safe.contains(request.method), let principal = request.principal, principal.channel == .session else {
            return try await next.respond(to: request)
        }
        guard let expected = principal.csrfToken, let presented = try await presentedToken(request),
              constantTimeEqual(presented, expected) else {
            throw Abort(.forbidden, reason: "csrf")
        }
        return try await next.respond(to: request)
    }

    private func presentedToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: "X-CSRF-Token") { return header }
        if let query = try? request.query.get(String.self, at: Self.fieldName) { return query }
        guard request.headers.contentType == .urlEncodedForm else { return nil }
        if request.body.data == nil {
            _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        }
        return try? request.content.get(String.self, at: Self.fieldName)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
