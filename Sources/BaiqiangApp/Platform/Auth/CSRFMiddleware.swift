import BaiqiangCore
import Vapor

/// Refuses any state-changing request made with a session cookie that does not carry the
/// session's CSRF token: as the header `X-CSRF-Token` (scripts), the form field `_csrf` (forms),
/// or, for file uploads only (`multipart/form-data`, whose body is read only after this check),
/// the query parameter `_csrf`. Anywhere else a token in the address would end up in logs,
/// history and Referer headers, so it is not accepted there. Bearer-token requests are exempt:
/// browsers never attach those on their own.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let safe: [HTTPMethod] = [.GET, .HEAD, .OPTIONS]
        guard !safe.contains(request.method), let principal = request.principal, principal.channel == .session else {
            return try await next.respond(to: request)
        }
        guard let expected = principal.csrfToken, let presented = try await presentedToken(request),
              SecretComparison.matches(presented, expected) else {
            throw Abort(.forbidden, reason: "csrf")
        }
        return try await next.respond(to: request)
    }

    private func presentedToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: "X-CSRF-Token") { return header }
        if request.headers.contentType == .formData {
            return try? request.query.get(String.self, at: Self.fieldName)
        }
        guard request.headers.contentType == .urlEncodedForm else { return nil }
        if request.body.data == nil {
            _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        }
        return try? request.content.get(String.self, at: Self.fieldName)
    }
}
