import Foundation
import Testing
@testable import BaiqiangCore

/// The JSON reader behind GeoJSON files and stored shapes reads what Foundation's decoder reads,
/// and refuses what it refuses.
@Suite("JSON text read into values")
struct JSONParserTests {
    @Test("Objects, arrays, numbers, escapes and surrogate pairs read as Foundation reads them")
    func agreesWithFoundation() throws {
        let samples = [
            #"{"type":"Polygon","coordinates":[[[112.8,22.6],[112.801,22.6],[1e-3,-2.5E+2],[0,-0]]]}"#,
            #"  {"a":[true,false,null,"x"],"b":{},"c":[],"d":"\"\\\/\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00"}  "#,
            #"["宗地","GH-00001",12345678901234,-0.5]"#,
        ]
        for sample in samples {
            let ours = try JSONParser.parse(Array(sample.utf8))
            let foundation = try JSONDecoder().decode(JSONValue.self, from: Data(sample.utf8))
            #expect(ours == foundation, "\(sample)")
        }
    }

    @Test("A byte-order mark before the text, as Windows editors write it, is skipped")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse(Array("\u{FEFF}{\"bom\":1}".utf8)) == .object(["bom": .number(1)]))
    }

    @Test("Text that is not JSON is refused with where it stops", arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", ".5", "+1", "tru", "\"open", "[1] 2", "\"\\x\"", "\"\\ud800\"", "1e999",
        "\"a\u{01}b\"",
    ])
    func refuses(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test("Nesting deeper than the bound is refused, not recursed into")
    func depth() {
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
    }
}
