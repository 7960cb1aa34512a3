import BaiqiangCore
import Vapor

/// Refuses any state-changing request made with a session cookie that does not carry the
/// session's CSRF token: as the header `X-CSRF-Token` (scripts) or the form field `_csrf` (forms,
/// file uploads included). Never in the address: there it would end up in logs, history, Referer
/// headers and, after a form error re-rendered at the posted address, the address bar. A
/// multipart body is read here within its route's own limit (`upload(_:maxSize:use:)`).
/// Bearer-token requests are exempt: browsers never attach those on their own.
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
        let type = request.headers.contentType
        guard type == .urlEncodedForm || type == .formData else { return nil }
        if request.body.data == nil {
            _ = try await request.body.collect(max: UploadLimitKey.limit(of: request)).get()
        }
        return (try? request.content.decode(Field.self))?.token
    }

    private struct Field: Decodable {
        var token: String?
        enum CodingKeys: String, CodingKey { case token = "_csrf" }
    }
}
