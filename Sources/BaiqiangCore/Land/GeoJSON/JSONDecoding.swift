import Foundation

/// JSON text to `JSONValue`.
enum JSONDecoding {
    static func decode(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text.utf8)
    }

    static func decode(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }
}
