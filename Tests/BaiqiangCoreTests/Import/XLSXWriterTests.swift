import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct XLSXWriterTests {
    /// A workbook with every kind of cell; `scripts/xlsx/check_writer.sh` has openpyxl read the
    /// same workbook (written where `BAIQIANG_XLSX_SAMPLE` points) to prove other readers accept it.
    static func sample() throws -> [UInt8] {
        var writer = XLSXWriter(sheetName: "导出/Export")
        writer.appendRow([.text("统一社会信用代码"), .text("企业名称"), .text("税收(万元)"), .text("从业人员(人)"), .text("是否规上")])
        writer.appendRow([.text("91440784MA4UE0001R"), .text("鹤山市示例电子有限公司"), .number(800.25), .integer(210), .boolean(true)])
        writer.appendRow([.text("91440784MA4UE0002W"), .text("A&B <\"厂\">"), .number(-0.5), .integer(0), .boolean(false)])
        writer.appendRow([.text("91440784MA4UE0003T"), .empty, .number(1e-7), .integer(1_000_000), .text("鹤山市示例电子有限公司")])
        return try writer.bytes()
    }

    @Test func sampleReadsBackAndCanBeHandedToOpenpyxl() throws {
        let bytes = try Self.sample()
        if let path = ProcessInfo.processInfo.environment["BAIQIANG_XLSX_SAMPLE"] {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let reader = try XLSXReader(data: Data(bytes))
        #expect(reader.sheetNames == ["导出Export"])  // '/' is not allowed in a sheet name
        var rows: [[String]] = []
        try reader.readRows { _, cells in rows.append(cells) }
        #expect(rows.count == 4)
        #expect(rows[2] == ["91440784MA4UE0002W", "A&B <\"厂\">", "-0.5", "0", "0"])
        #expect(rows[3] == ["91440784MA4UE0003T", "", "1e-07", "1000000", "鹤山市示例电子有限公司"])
    }

    @Test func integralDoublesAreWrittenWithoutAFraction() {
        #expect(XLSXWriter.format(3) == "3")
        #expect(XLSXWriter.format(2.5) == "2.5")
        #expect(XLSXWriter.format(-1e20) == "-1e+20")
    }

    @Test func controlCharactersAreDroppedAndMarkupEscaped() {
        #expect(XMLEscaping.escape("a\u{01}b<c>&\"d\"\te") == "ab&lt;c&gt;&amp;&quot;d&quot;\te")
        #expect(XMLEscaping.escape("普通文本") == "普通文本")
    }
}
