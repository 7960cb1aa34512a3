import Testing
@testable import BaiqiangCore

@Suite struct ASCIINumberTests {
    @Test(arguments: [
        ("0", 0.0), ("12", 12.0), ("-3.5", -3.5), ("+7", 7.0), (".5", 0.5), ("5.", 5.0),
        ("1e3", 1000.0), ("2.5E-4", 0.00025), (" 42 ", 42.0), ("0.0302", 0.0302), ("24.097", 24.097),
        ("4929.81", 4929.81), ("0.000001", 0.000001), ("123456789012345678901234", 123456789012345678901234.0),
        ("3.14159265358979323846264338", 3.14159265358979323846264338), ("1e-300", 1e-300), ("4.9e-324", Double.leastNonzeroMagnitude), ("1.7976931348623157e308", .greatestFiniteMagnitude),
    ])
    func parsesLikeTheStandardLibrary(text: String, expected: Double) {
        #expect(ASCIINumber.parseDouble(text) == expected)
        #expect(ASCIINumber.parseDouble(text.trimmingCharacters(in: .whitespaces)) == Double(text.trimmingCharacters(in: .whitespaces)))
    }

    @Test(arguments: ["", " ", "abc", "1,5", "1.2.3", "e5", "1e", "--1", "nan", "inf", "0x10", "1e400", "12a", "万"])
    func rejectsNonNumbers(text: String) {
        #expect(ASCIINumber.parseDouble(text) == nil)
    }

    @Test func agreesWithDoubleOnManyDecimals() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double.random(in: -1e6...1e6, using: &generator)
            for text in [String(value), String(format: "%.3f", value), String(format: "%.9e", value)] {
                #expect(ASCIINumber.parseDouble(text) == Double(text), "\(text)")
            }
        }
    }

    @Test func parsesIntegers() {
        let cases: [(String, Int?)] = [("2015", 2015), (" 2015 ", 2015), ("-3", -3), ("2015.0", nil), ("", nil), ("x", nil)]
        for (text, expected) in cases {
            var copy = text
            let parsed = copy.withUTF8 { ASCIINumber.parseInt(UnsafeRawBufferPointer($0)) }
            #expect(parsed == expected, "\(text)")
        }
    }
}
