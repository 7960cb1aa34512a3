import BaiqiangCore
import Foundation
import Vapor

/// A GeoReport v2 response body, written as JSON or XML from the same tree.
indirect enum Open311Value {
    case string(String?)
    case number(Double?)
    case bool(Bool)
    /// An object: its fields in order.
    case object([(String, Open311Value)])
    /// A list; in XML each element is wrapped in `element`.
    case list(element: String, [Open311Value])

    func json() -> Any {
        switch self {
        case .string(let value): return value.map { $0 as Any } ?? NSNull()
        case .number(let value): return value.map { $0 as Any } ?? NSNull()
        case .bool(let value): return value
        case .object(let fields):
            var dictionary: [String: Any] = [:]
            for (key, value) in fields { dictionary[key] = value.json() }
            return dictionary
        case .list(_, let items): return items.map { $0.json() }
        }
    }

    func xml(_ name: String) -> String {
        switch self {
        case .string(let value): return "<\(name)>\(XMLEscaping.escape(value ?? ""))</\(name)>"
        case .number(let value): return "<\(name)>\(value.map { Self.format($0) } ?? "")</\(name)>"
        case .bool(let value): return "<\(name)>\(value)</\(name)>"
        case .object(let fields): return "<\(name)>" + fields.map { $0.1.xml($0.0) }.joined() + "</\(name)>"
        case .list(let element, let items): return "<\(name)>" + items.map { $0.xml(element) }.joined() + "</\(name)>"
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

/// The format a GeoReport path asks for by its suffix (`services.xml`); JSON when none.
enum Open311Format: String {
    case json, xml

    /// Splits "requests.xml" into ("requests", .xml); nil for an unknown suffix.
    static func split(_ file: String) -> (name: String, format: Open311Format)? {
        guard let dot = file.lastIndex(of: ".") else { return (file, .json) }
        guard let format = Open311Format(rawValue: String(file[file.index(after: dot)...]).lowercased()) else { return nil }
        return (String(file[..<dot]), format)
    }

    func response(_ value: Open311Value, root: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        let body: Data
        switch self {
        case .json:
            headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
            body = (try? JSONSerialization.data(withJSONObject: value.json(), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        case .xml:
            headers.replaceOrAdd(name: .contentType, value: "text/xml; charset=utf-8")
            body = Data(("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + value.xml(root)).utf8)
        }
        return Response(status: status, headers: headers, body: .init(data: body))
    }
}

/// A GeoReport error: its HTTP status and the spec's `errors` document.
struct Open311Error: Error {
    var status: HTTPStatus
    var description: String

    func response(_ format: Open311Format) -> Response {
        let error = Open311Value.object([("code", .number(Double(status.code))), ("description", .string(description))])
        return format.response(.list(element: "error", [error]), root: "errors", status: status)
    }
}
