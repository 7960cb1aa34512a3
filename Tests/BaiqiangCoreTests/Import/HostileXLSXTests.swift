import Foundation
import Testing
@testable import BaiqiangCore

/// Files built to hurt the reader (headers that lie, zip bombs, directories pointing outside the
/// file) are refused with a reason naming the part, and never take the process down.
@Suite("Hostile XLSX files fail with a reason, never with the process")
struct HostileXLSXTests {
    static let mebibyte = 1024 * 1024

    /// The detail of the `malformedXLSX` refusal reading `data` as an import table ends with.
    func refusal(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let error = try #require(throws: ImportFileError.self, sourceLocation: sourceLocation) {
            try TableReader(data: data).read(header: { _, _ in }, row: { _, _ in })
        }
        guard case .malformedXLSX(let detail) = error.reason else {
            Issue.record("expected a damaged-XLSX refusal, got \(error.reason)", sourceLocation: sourceLocation)
            return ""
        }
        #expect(error.message.zh.contains(detail) && error.message.en.contains(detail), sourceLocation: sourceLocation)
        return detail
    }

    @Test func theWellFormedBaseWorkbookIsRead() throws {
        var rows: [[String]] = []
        try XLSXReader(data: HostileXLSX.parts().data()).readRows { _, cells in rows.append(cells) }
        #expect(rows == [["name"]])
    }

    @Test("A ZIP64 header claiming a 16 TiB workbook part is refused before anything is allocated")
    func zip64HeaderClaimingSixteenTebibytes() throws {
        var zip = HostileXLSX.parts(except: "xl/workbook.xml")
        zip.add("xl/workbook.xml", HostileXLSX.workbook, declaredSize: 1 << 44, zip64: true)
        let detail = try refusal(zip.data())
        #expect(detail.contains("xl/workbook.xml declares 17592186044416 bytes unpacked, more than the limit of 256 MiB per part"))
        #expect(detail.contains("超过每个部件 256 MiB 的上限"))
    }

    @Test("A zip bomb whose sheet unpacks past the per-part cap is refused by its declared size")
    func bombOverThePartCap() throws {
        var zip = HostileXLSX.parts(except: "xl/worksheets/sheet1.xml")
        zip.addRepeated("xl/worksheets/sheet1.xml", prefix: HostileXLSX.sheetStart, byte: UInt8(ascii: " "),
                        count: 300 * Self.mebibyte, suffix: HostileXLSX.sheetEnd)
        let data = zip.data()
        #expect(data.count < 2 * Self.mebibyte, "the bomb is small packed")
        let detail = try refusal(data)
        #expect(detail.contains("xl/worksheets/sheet1.xml declares"))
        #expect(detail.contains("more than the limit of 256 MiB per part"))
    }

    @Test("A bomb under the cap is refused by its compression ratio")
    func bombUnderTheCapByRatio() throws {
        var zip = HostileXLSX.parts(except: "xl/worksheets/sheet1.xml")
        zip.addRepeated("xl/worksheets/sheet1.xml", prefix: HostileXLSX.sheetStart, byte: UInt8(ascii: " "),
                        count: 64 * Self.mebibyte, suffix: HostileXLSX.sheetEnd)
        let detail = try refusal(zip.data())
        #expect(detail.contains("xl/worksheets/sheet1.xml unpacks"))
        #expect(detail.contains("a ratio over 200 to 1"))
    }

    @Test("A bomb whose header lies about its size is stopped at the size it declared")
    func bombWithALyingHeader() throws {
        var zip = HostileXLSX.parts(except: "xl/worksheets/sheet1.xml")
        zip.addRepeated("xl/worksheets/sheet1.xml", prefix: HostileXLSX.sheetStart, byte: UInt8(ascii: " "),
                        count: 64 * Self.mebibyte, suffix: HostileXLSX.sheetEnd, declaredSize: 4096)
        let detail = try refusal(zip.data())
        #expect(detail.contains("xl/worksheets/sheet1.xml unpacks to more than the 4096 bytes it declares"))
    }

    @Test("Directory entries that point outside the file, overlap, repeat or are too many are refused")
    func brokenDirectories() throws {
        var outside = HostileXLSX.parts()
        outside.entries[1].localOffset = 1 << 31
        #expect(try refusal(outside.data()).contains("the data of xl/workbook.xml lies outside the file"))

        // Two names for one packed stream: a small file that unpacks many times over.
        var overlapping = ZIPBuilder()
        overlapping.add("a.xml", "<a/>")
        overlapping.add("b.xml", "<a/>")
        overlapping.entries[1].localOffset = 0
        #expect(throws: ZIPRefusal.overlapping) { try ZIPDirectory(overlapping.data(), limits: .userFiles) }

        var repeated = HostileXLSX.parts()
        repeated.add("xl/workbook.xml", HostileXLSX.workbook)
        #expect(try refusal(repeated.data()).contains("xl/workbook.xml appears more than once in the ZIP"))

        var many = HostileXLSX.parts()
        for index in 0..<5_000 { many.add("xl/media/\(index).bin", [], stored: true) }
        #expect(try refusal(many.data()).contains("the ZIP declares 5004 entries, more than the limit of 4096"))

        var truncated = Array(HostileXLSX.parts().data())
        truncated.removeLast(10)
        #expect(try refusal(Data(truncated)).contains("not a readable ZIP container"))
    }

    @Test("A damaged deflate stream is refused, not looped on")
    func damagedDeflateStream() throws {
        var zip = HostileXLSX.parts()
        zip.entries[3].packed = Array(zip.entries[3].packed.prefix(zip.entries[3].packed.count / 2))
        zip.entries[3].declaredPacked = UInt64(zip.entries[3].packed.count)
        #expect(try refusal(zip.data()).contains("the packed data of xl/worksheets/sheet1.xml is damaged or incomplete"))
    }

    @Test("A part with a document type declaration (entities: an expansion bomb) is refused")
    func entityDeclarations() throws {
        var zip = HostileXLSX.parts(except: "xl/worksheets/sheet1.xml")
        let laughs = #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
        zip.add("xl/worksheets/sheet1.xml", laughs + #"<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>"#)
        #expect(try refusal(zip.data()).contains("xl/worksheets/sheet1.xml contains a document type declaration (DTD)"))
    }

    @Test("A row of more cells than Excel allows is refused")
    func tooManyCellsInARow() throws {
        var zip = HostileXLSX.parts(except: "xl/worksheets/sheet1.xml")
        let cells = String(repeating: "<c><v>1</v></c>", count: XLSXSheetParser.maximumColumns + 1)
        zip.add("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1">"# + cells + "</row></sheetData></worksheet>")
        #expect(try refusal(zip.data()).contains("row 1 has more than 16384 cells"))
    }

    @Test("Parts whose contents are held in memory have budgets below the part cap")
    func heldPartsHaveBudgets() throws {
        var strings = HostileXLSX.parts()
        strings.add("xl/sharedStrings.xml", "<sst>" + String(repeating: "<si><t>鹤山市示例电子有限公司</t></si>", count: 100) + "</sst>")
        let archive = try XLSXArchive(data: strings.data())
        #expect(try XLSXSharedStrings.load(from: archive).count == 100)
        let error = try #require(throws: ImportFileError.self) { try XLSXSharedStrings.load(from: archive, budget: 1_000) }
        #expect(error == ImportFileError(.malformedXLSX(
            "xl/sharedStrings.xml holds more than 1000 bytes of strings / xl/sharedStrings.xml 的共享字符串超过 1000 bytes")))

        let rowError = try #require(throws: ImportFileError.self) {
            let parser = XLSXSheetParser(sharedStrings: [], maximumRowBytes: 3) { _, _, _ in }
            try XLSXArchive(data: HostileXLSX.parts().data()).parseRequired("xl/worksheets/sheet1.xml", with: parser)
        }
        #expect(rowError == ImportFileError(.malformedXLSX("row 1 holds more than 3 bytes of text / 第 1 行的文本超过 3 bytes")))

        // A workbook part is a list of sheets: megabytes of it are padding.
        var padded = HostileXLSX.parts(except: "xl/workbook.xml")
        var seed: UInt32 = 7
        let filler = (0..<(5 * Self.mebibyte)).map { _ -> UInt8 in
            seed = seed &* 1_103_515_245 &+ 12_345
            return UInt8(ascii: "a") + UInt8((seed >> 16) % 26)
        }
        padded.add("xl/workbook.xml", Array(HostileXLSX.workbook.utf8) + Array("<!--".utf8) + filler + Array("-->".utf8))
        #expect(try refusal(padded.data()).contains("more than the limit of 4 MiB per part"))
    }

    @Test("Merged ranges are found wherever the unpacked pieces happen to cut a tag")
    func mergedRangesAcrossPieces() {
        let text = Array(#"<row r="1"/></sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><x:mergeCell ref="D2:E3"/></mergeCells>"#.utf8)
        for cut in 0...text.count {
            var scanner = XLSXMergedCells.Scanner()
            scanner.scan(text[0..<cut])
            scanner.scan(text[cut...])
            #expect(scanner.ranges == ["A1:C1", "D2:E3"], "cut at \(cut)")
        }
    }
}
