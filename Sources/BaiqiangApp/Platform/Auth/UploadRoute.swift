import Vapor

extension RoutesBuilder {
    /// A POST route taking a form of up to `maxSize`, multipart (a file) or not. The limit is kept
    /// on the route so the CSRF check can read a multipart body, token and all, within the same
    /// bound the handler would have, before the handler runs.
    @discardableResult
    func upload<Response: AsyncResponseEncodable>(_ path: [PathComponent], maxSize: ByteCount,
                                             use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let route = on(.POST, path, body: .collect(maxSize: maxSize), use: handler)
        route.userInfo["baiqiang.upload-limit"] = maxSize.value
        return route
    }
}

enum UploadLimitKey {
    /// The body limit of the route a request reached: its upload limit, or the application's default.
    static func limit(of request: Request) -> Int {
        request.route?.userInfo["baiqiang.upload-limit"] as? Int ?? request.application.routes.defaultMaxBodySize.value
    }
}
