import Vapor

/// The JSON API reads JSON bodies only. Vapor would also decode a `text/plain` body and then
/// fail with a message naming Swift types; a body of any other media type is refused here as
/// the API description says: 415.
struct JSONBodyMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let hasBody = (request.body.data?.readableBytes ?? 0) > 0 || request.headers.first(name: .contentLength).map { $0 != "0" } == true
        if hasBody, let type = request.headers.contentType, !(type.type == "application" && (type.subType == "json" || type.subType.hasSuffix("+json"))) {
            throw Abort(.unsupportedMediaType)
        }
        return try await next.respond(to: request)
    }
}
