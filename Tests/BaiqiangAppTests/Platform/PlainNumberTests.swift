import Foundation
import Testing
@testable import BaiqiangApp

/// Exports and the evaluation's input write numbers as people type them; the importers read
/// them back, so the text must not change from one release to the next.
@Suite("Numbers in exports are written plainly, to six decimals")
struct PlainNumberTests {
    @Test("Whole numbers, fractions, negatives and tiny values read as typed")
    func examples() {
        #expect(TableExport.plain(1500) == "1500")
        #expect(TableExport.plain(0.1) == "0.1")
        #expect(TableExport.plain(12.345) == "12.345")
        #expect(TableExport.plain(-3.25) == "-3.25")
        #expect(TableExport.plain(0.000001) == "0.000001")
        #expect(TableExport.plain(1e-7) == "0")
        #expect(TableExport.plain(-1e-7) == "0")
        #expect(TableExport.plain(2.0000004) == "2")
        #expect(TableExport.plain(123456789.5) == "123456789.5")
        // Exactly half a millionth: printf rounds half to even.
        #expect(TableExport.plain(0.0078125) == "0.007812")
    }

    @Test("The same text as printf's %.6f with the trailing zeros taken off (and no \"-0\"), over many values")
    func agreesWithPrintf() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double.random(in: -7...14, using: &generator))
            let value = Double.random(in: -magnitude...magnitude, using: &generator)
            var expected = String(format: "%.6f", value)
            while expected.hasSuffix("0") { expected.removeLast() }
            if expected.hasSuffix(".") { expected.removeLast() }
            if expected == "-0" { expected = "0" }
            if value == value.rounded(), abs(value) < 1e15 { expected = String(Int64(value)) }
            #expect(TableExport.plain(value) == expected, "\(value)")
        }
    }
}
