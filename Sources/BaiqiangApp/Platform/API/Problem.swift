import Vapor

/// An RFC 9457 problem document (`application/problem+json`).
struct Problem: Content {
    var type: String
    var title: String
    var status: Int
    var detail: String?
    var instance: String?
    var requestID: String?
    /// Row/column/reason triples for rejected input.
    var errors: [FieldError]?

    struct FieldError: Codable, Sendable {
        var row: Int?
        var column: String?
        var reason: String
    }

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, instance, errors
        case requestID = "request_id"
    }

    static let mediaType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])

    func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = Self.mediaType
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Response(status: HTTPResponseStatus(statusCode: status), headers: headers, body: .init(data: body))
    }
}
