import Foundation
import Vapor
import Yams

/// Serves `/openapi.json` from the hand-kept `Resources/openapi.yaml` merged with the parts in
/// `Resources/openapi/` each capability names in its `resources` (their `paths` and
/// `components.schemas`);
/// a test checks that the document and the router list exactly the same operations.
struct OpenAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.apiDescription.components) { _ in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: try OpenAPIDocument.json()))
        }
    }
}

enum OpenAPIDocument {
    /// The document as a JSON-compatible tree.
    static func tree() throws -> [String: Any] {
        guard var tree = try load(AppResources.url("openapi.yaml")) else { throw Abort(.internalServerError) }
        let folder = AppResources.url("openapi")
        let parts = Capabilities.apiDescriptions.map { $0 + ".yaml" }
        var paths = tree["paths"] as? [String: Any] ?? [:]
        var components = tree["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        for part in parts {
            guard let fragment = try load(folder.appendingPathComponent(part)) else { throw Abort(.internalServerError) }
            paths.merge(fragment["paths"] as? [String: Any] ?? [:]) { current, _ in current }
            let fragmentSchemas = (fragment["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            schemas.merge(fragmentSchemas) { current, _ in current }
        }
        components["schemas"] = expandingYearlyFigures(schemas)
        tree["paths"] = paths
        tree["components"] = components
        return tree
    }

    private static func load(_ url: URL) throws -> [String: Any]? {
        try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any]
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
