import BaiqiangCore
import Vapor

/// The query parameters of every API operation, read once from `/openapi.json`, so the server
/// refuses exactly what its description forbids: one check for every enum, date, number and
/// length, before any handler runs.
struct QueryParameterRules: Sendable {
    /// "GET /api/v1/demands" → its query parameters.
    private let rules: [String: [(name: String, schema: ParameterSchema)]]

    init(document: [String: Any]) {
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
        // A parameter's schema given as `$ref: "#/components/schemas/Name"`.
        func resolved(_ tree: [String: Any]) -> [String: Any] {
            guard let reference = tree["$ref"] as? String, reference.hasPrefix("#/components/schemas/") else { return tree }
            return schemas[String(reference.dropFirst("#/components/schemas/".count))] as? [String: Any] ?? [:]
        }
        var rules: [String: [(name: String, schema: ParameterSchema)]] = [:]
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            guard let item = item as? [String: Any] else { continue }
            let shared = item["parameters"] as? [[String: Any]] ?? []
            for (method, operation) in item {
                guard let operation = operation as? [String: Any] else { continue }
                let parameters = shared + (operation["parameters"] as? [[String: Any]] ?? [])
                let query = parameters.compactMap { parameter -> (String, ParameterSchema)? in
                    guard parameter["in"] as? String == "query", let name = parameter["name"] as? String else { return nil }
                    return (name, Self.schema(resolved(parameter["schema"] as? [String: Any] ?? [:])))
                }
                if !query.isEmpty { rules["\(method.uppercased()) \(path)"] = query }
            }
        }
        self.rules = rules
    }

    /// The parts of a JSON Schema a query parameter of ours uses.
    static func schema(_ tree: [String: Any]) -> ParameterSchema {
        let types = (tree["type"] as? [String]) ?? [(tree["type"] as? String) ?? "string"]
        let kind = types.lazy.compactMap(ParameterSchema.Kind.init(rawValue:)).first ?? .string
        let format = tree["format"] as? String
        return ParameterSchema(
            kind: kind, allowed: (tree["enum"] as? [Any])?.map { "\($0)" }, isDate: format == "date", isUUID: format == "uuid",
            minimum: number(tree["minimum"]), maximum: number(tree["maximum"]),
            minLength: tree["minLength"] as? Int, maxLength: tree["maxLength"] as? Int, pattern: tree["pattern"] as? String)
    }

    private static func number(_ value: Any?) -> Double? {
        if let integer = value as? Int { return Double(integer) }
        return value as? Double
    }

    /// Every problem of the request's query, by parameter.
    func issues(_ request: Request) -> [LocatedIssue] {
        guard let route = request.route else { return [] }
        let path = "/" + route.path.map { component -> String in
            if case .parameter(let name) = component { return "{\(name)}" }
            return component.description
        }.joined(separator: "/")
        let method = request.method == .HEAD ? HTTPMethod.GET : request.method
        guard let parameters = rules["\(method.rawValue) \(path)"] else { return [] }
        let given = Self.values(in: request.url.query)
        return parameters.compactMap { name, schema in
            guard let values = given[name] else { return nil }
            // None of our parameters is a list: a second value would be silently dropped.
            guard values.count == 1 else {
                return LocatedIssue(row: nil, column: name, reason: BilingualText(zh: "只能给一次", en: "must be given once"))
            }
            guard let reason = schema.problem(with: values[0]) else { return nil }
            return LocatedIssue(row: nil, column: name, reason: reason)
        }
    }

    /// Every value of every name in a query string, decoded as a form is (`+` is a space).
    static func values(in query: String?) -> [String: [String]] {
        func decoded(_ text: Substring) -> String {
            let spaced = text.replacingOccurrences(of: "+", with: " ")
            return spaced.removingPercentEncoding ?? spaced
        }
        var result: [String: [String]] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            result[decoded(parts[0]), default: []].append(parts.count > 1 ? decoded(parts[1]) : "")
        }
        return result
    }
}

/// A query that breaks the API description: 400 with every parameter named.
struct QueryParameterError: LocatedIssues {
    let locatedIssues: [LocatedIssue]

    var message: BilingualText {
        let zh = locatedIssues.map { "查询参数“\($0.column ?? "")”\($0.reason.zh)" }.joined(separator: "；")
        let en = locatedIssues.map { "query parameter '\($0.column ?? "")' \($0.reason.en)" }.joined(separator: "; ")
        return BilingualText(zh: zh, en: en)
    }
}

extension Application {
    private struct QueryParameterRulesKey: StorageKey {
        typealias Value = QueryParameterRules
    }

    var queryParameterRules: QueryParameterRules? {
        get { storage[QueryParameterRulesKey.self] }
        set { storage[QueryParameterRulesKey.self] = newValue }
    }
}

/// Checks the query of every API request against the API description.
struct QueryParameterMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let issues = request.application.queryParameterRules?.issues(request), !issues.isEmpty {
            throw QueryParameterError(locatedIssues: issues)
        }
        return try await next.respond(to: request)
    }
}
