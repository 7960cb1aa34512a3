import BaiqiangCore
import Vapor

/// The one error handler: API clients get RFC 9457 problem documents, browsers get an error page
/// in their language; neither ever sees internals (stack, SQL, paths). Unexpected errors are
/// logged with the request id, which both show so an administrator can find the log line.
struct AppErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return handle(error, for: request)
        }
    }

    struct Classified {
        var status: HTTPStatus
        /// Catalogue key of the title.
        var titleKey: String
        /// A message safe to show, already in the request's language.
        var detail: String?
        /// Every located problem of a rejected input.
        var issues: [LocatedIssue] = []
        var headers: HTTPHeaders = [:]
    }

    func handle(_ error: any Error, for request: Request) -> Response {
        let classified = classify(error, for: request)
        if classified.status == .internalServerError {
            request.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
        }
        if Self.wantsProblem(request) {
            let problem = Problem(
                type: "about:blank", title: request.t(classified.titleKey), status: Int(classified.status.code),
                detail: classified.detail, instance: request.url.path, requestID: request.id,
                errors: classified.issues.isEmpty ? nil : classified.issues.map {
                    Problem.FieldError(row: $0.row, column: $0.column, reason: request.t($0.reason))
                })
            let response = problem.response()
            response.headers.add(contentsOf: classified.headers)
            return response
        }
        if classified.status == .unauthorized {
            let next = request.url.path
            return request.redirect(to: SiteURL.login.path + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "/"))
        }
        let page = ErrorPage.render(request, status: classified.status, title: request.t(classified.titleKey),
                                    detail: classified.detail)
        var headers = classified.headers
        headers.contentType = .html
        return Response(status: classified.status, headers: headers, body: .init(string: page.render()))
    }

    func classify(_ error: any Error, for request: Request) -> Classified {
        switch error {
        case let abort as any AbortError:
            // The error's own headers (`Allow` of a 405, `Retry-After` of a 429) go out with it.
            var result = Classified(status: abort.status, titleKey: Self.titleKey(abort.status), headers: abort.headers)
            switch (abort.status, abort.reason) {
            case (.forbidden, "csrf"): result.detail = request.t("error.csrf")
            case (.unauthorized, "invalid_token"):
                result.detail = request.t("error.invalid_token")
                result.headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Bearer error="invalid_token""#)
            case (.unauthorized, _):
                result.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
            case (.payloadTooLarge, _): result.detail = request.t("error.too_large")
            case (.badRequest, let reason) where !reason.isEmpty && reason != "Bad Request":
                result.detail = reason
            default:
                break
            }
            return result
        case let located as any LocatedIssues:
            return Classified(status: located.kind.status, titleKey: located.kind.titleKey, detail: request.t(located.message),
                              issues: located.listedIssues)
        case let bilingual as any BilingualError:
            return Classified(status: bilingual.kind.status, titleKey: bilingual.kind.titleKey, detail: request.t(bilingual.message))
        case let decoding as DecodingError:
            let kind = FailureKind.invalidInput
            return Classified(status: kind.status, titleKey: kind.titleKey,
                              detail: request.t("error.malformed", ["reason": Self.describe(decoding)]))
        default:
            return Classified(status: .internalServerError, titleKey: "error.500",
                              detail: request.t("error.500.detail", ["id": request.id]))
        }
    }

    static func titleKey(_ status: HTTPStatus) -> String {
        switch status.code {
        case 400, 401, 403, 404, 405, 409, 413, 415, 422, 429: "error.\(status.code)"
        case 500..<600: "error.500"
        default: "error.400"
        }
    }

    /// API paths and clients that ask for JSON get problem documents.
    static func wantsProblem(_ request: Request) -> Bool {
        let path = request.url.path
        if path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/open311/") { return true }
        return request.headers.accept.contains { $0.mediaType == .json } && !request.headers.accept.contains { $0.mediaType == .html }
    }

    /// Names the field where decoding failed without echoing the payload.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return [path(context), key.stringValue].filter { !$0.isEmpty }.joined(separator: ".")
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return path(context).isEmpty ? "body" : path(context)
        case .dataCorrupted(let context): return path(context).isEmpty ? "body" : path(context)
        @unknown default: return "body"
        }
    }
}
