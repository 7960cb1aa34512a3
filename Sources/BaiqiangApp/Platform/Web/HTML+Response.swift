import BaiqiangHTML
import Vapor

extension HTML: AsyncResponseEncodable {
    public func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: render()))
    }
}

/// A rendered page with a status other than 200 (error pages).
struct HTMLPage: AsyncResponseEncodable {
    var status: HTTPStatus
    var html: HTML

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }
}

/// A page rendered earlier (kept while the data it shows is unchanged), sent as it was.
extension RenderedDocument: AsyncResponseEncodable {
    public func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
