import RoutingKit
import Vapor

/// The methods each route path answers, to tell "no such method here" (405, with `Allow`, as
/// RFC 9110 asks) from "no such path" (404). Built once from the router after every route is
/// registered, and only read afterwards (hence `@unchecked`: the router class is not marked).
struct AllowedMethods: @unchecked Sendable {
    private let router: TrieRouter<[HTTPMethod]>

    init(_ routes: Routes) {
        var byPath: [String: (path: [PathComponent], methods: [HTTPMethod])] = [:]
        for route in routes.all {
            // Paths that differ only in a parameter's name are one node of the router.
            let key = route.path.map { component -> String in
                if case .parameter = component { return ":" }
                return component.description
            }.joined(separator: "/")
            byPath[key, default: (route.path, [])].methods.append(route.method)
        }
        let router = TrieRouter([HTTPMethod].self)
        for (_, entry) in byPath {
            var methods = entry.methods
            // Vapor answers HEAD wherever it answers GET.
            if methods.contains(.GET), !methods.contains(.HEAD) { methods.append(.HEAD) }
            // Under a constant first component, as Vapor puts the method there: the router
            // takes no empty path, and "/" is a route.
            router.register(methods.sorted { $0.rawValue < $1.rawValue }, at: [.constant(Self.root)] + entry.path)
        }
        self.router = router
    }

    /// The methods `path` answers; empty when no route has that path.
    func methods(for path: String) -> [HTTPMethod] {
        var parameters = Parameters()
        return router.route(path: [Self.root] + path.split(separator: "/").map(String.init), parameters: &parameters) ?? []
    }

    private static let root = "routes"
}

extension Application {
    private struct AllowedMethodsKey: StorageKey {
        typealias Value = AllowedMethods
    }

    var allowedMethods: AllowedMethods? {
        get { storage[AllowedMethodsKey.self] }
        set { storage[AllowedMethodsKey.self] = newValue }
    }
}

/// Refuses a known path asked with a method it does not answer with 405 and `Allow`, instead of
/// the router's 404.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.route == nil, let allowed = request.application.allowedMethods?.methods(for: request.url.path),
              !allowed.isEmpty, !allowed.contains(request.method) else {
            return try await next.respond(to: request)
        }
        throw Abort(.methodNotAllowed, headers: ["Allow": allowed.map(\.rawValue).joined(separator: ", ")])
    }
}
