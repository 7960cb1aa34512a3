import Foundation
import Vapor
import Yams

/// Serves `/openapi.json` from the hand-kept `Resources/openapi.yaml`; a test checks that the
/// document and the router list exactly the same operations, so neither can drift.
struct OpenAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get("openapi.json") { _ in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: try OpenAPIDocument.json()))
        }
    }
}

enum OpenAPIDocument {
    /// The document as a JSON-compatible tree.
    static func tree() throws -> [String: Any] {
        let text = try String(contentsOf: AppResources.url("openapi.yaml"), encoding: .utf8)
        guard let tree = try Yams.load(yaml: text) as? [String: Any] else {
            throw Abort(.internalServerError)
        }
        return tree
    }

    static func json() throws -> Data {
        try JSONSerialization.data(withJSONObject: tree(), options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// "GET /api/v1/enterprises/{credit_code}"-style keys of every operation.
    static func operations() throws -> Set<String> {
        guard let paths = try tree()["paths"] as? [String: Any] else { return [] }
        var result = Set<String>()
        for (path, item) in paths {
            guard let item = item as? [String: Any] else { continue }
            for method in item.keys where ["get", "put", "post", "delete", "patch"].contains(method) {
                result.insert("\(method.uppercased()) \(path)")
            }
        }
        return result
    }
}
