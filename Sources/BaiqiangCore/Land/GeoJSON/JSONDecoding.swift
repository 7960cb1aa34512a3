import Foundation

/// JSON text to `JSONValue`, through Foundation's decoder.
enum JSONDecoding {
    static func decode(_ text: String) throws -> JSONValue {
        try decode(Data(text.utf8))
    }

    static func decode(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }
}
