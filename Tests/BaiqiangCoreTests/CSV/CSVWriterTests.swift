import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct CSVWriterTests {
    private func text(_ build: (inout CSVWriter) -> Void) -> String {
        var writer = CSVWriter()
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func quotesOnlyWhenNeeded() {
        let out = text {
            $0.field("plain")
            $0.field("a,b")
            $0.field("say \"hi\"")
            $0.field("two\nlines")
            $0.emptyField()
            $0.endRecord()
        }
        #expect(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n")
    }

    @Test func fixedDecimalsMatchPrintf() {
        let values: [Double] = [0, 1, 89.333333333, 0.0000005, 0.0000015, 2.5e-7, 123456.1234565, -1.5, 1e-9, -1e-9, 99.9999996, 1e16, 0.1 + 0.2]
        for value in values {
            let out = text { $0.fixed(value, decimals: 6) }
            #expect(out == String(format: "%.6f", value), "\(value)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let value = Double.random(in: 0...300, using: &generator)
            #expect(text { $0.fixed(value, decimals: 6) } == String(format: "%.6f", value))
        }
    }

    @Test func integersAndRecords() {
        let out = text {
            $0.integer(0)
            $0.integer(-42)
            $0.integer(1_000_000)
            $0.endRecord()
            $0.integer(7)
            $0.endRecord()
        }
        #expect(out == "0,-42,1000000\n7\n")
    }
}
