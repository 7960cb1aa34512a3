import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Attachments are judged by their whole structure, not their first bytes")
struct AttachmentInspectionTests {
    typealias Samples = AttachmentSamples

    func kind(_ name: String, _ bytes: [UInt8]) throws -> AttachmentKind {
        try AttachmentInspection.inspect(fileName: name, data: Data(bytes))
    }

    /// The refusal of `bytes` as `name`, which must name the file.
    func refusal(_ name: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let error = try #require(throws: AttachmentRefusal.self, sourceLocation: sourceLocation) {
            try AttachmentInspection.inspect(fileName: name, data: Data(bytes))
        }
        #expect(error.message.zh.contains("“\(name)”") && error.message.en.contains("“\(name)”"), sourceLocation: sourceLocation)
        return error.message.en
    }

    @Test func wellFormedFilesOfEveryAllowedTypePass() throws {
        #expect(try kind("notice.pdf", Samples.pdf()) == .pdf)
        #expect(try kind("notice.PDF", Samples.pdfWithXRefStream()) == .pdf)
        #expect(try kind("site.png", Samples.png()) == .png)
        #expect(try kind("site.jpg", Samples.jpeg()) == .jpeg)
        #expect(try kind("site.jpeg", Samples.jpeg() + Array("camera trailer".utf8)) == .jpeg)
        #expect(try kind("letter.docx", Array(Samples.docx())) == .docx)
        #expect(try kind("figures.xlsx", Array(HostileXLSX.parts().data())) == .xlsx)
        #expect(AttachmentKind.docx.contentType.contains("wordprocessingml"))
    }

    @Test("A PDF needs its header, startxref pointing at an xref section, and %%EOF at the end")
    func brokenPDFs() throws {
        let good = Samples.pdf()
        #expect(try refusal("magic.pdf", Array("%PDF-1.7\n".utf8)).contains("does not end with %%EOF"))
        #expect(try refusal("tool.pdf", Array("%PDF-1.7\n".utf8) + [0x4D, 0x5A, 0x90, 0x00] + Array(repeating: 0x41, count: 100)
                            + Array("\n%%EOF\n".utf8)).contains("no startxref"))
        #expect(try refusal("appended.pdf", good + [0x4D, 0x5A, 0x90, 0x00]).contains("does not end with %%EOF"))
        #expect(try refusal("version.pdf", Array("%PDF-9.9".utf8) + good.dropFirst(8)).contains("header"))
        let text = String(decoding: good, as: UTF8.self)
        let xref = String(text.components(separatedBy: "startxref\n")[1].prefix { $0.isNumber })
        let pastItself = text.replacingOccurrences(of: "startxref\n\(xref)", with: "startxref\n9\(xref)")
        #expect(try refusal("offset.pdf", Array(pastItself.utf8)).contains("startxref offset is invalid"))
        // Offset 9 is `1 0 obj`, the catalogue: an object, but not a cross-reference stream.
        let atCatalogue = text.replacingOccurrences(of: "startxref\n\(xref)", with: "startxref\n9")
        #expect(try refusal("object.pdf", Array(atCatalogue.utf8)).contains("does not point at a cross-reference section"))
        let atNothing = text.replacingOccurrences(of: "startxref\n\(xref)", with: "startxref\n5")
        #expect(try refusal("nothing.pdf", Array(atNothing.utf8)).contains("does not point at a cross-reference section"))
    }

    @Test("A PNG needs IHDR first, chunks that fit and pass their CRC, and IEND last")
    func brokenPNGs() throws {
        let good = Samples.png()
        let ihdr = Samples.chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        let idat = Samples.chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])
        let iend = Samples.chunk("IEND", [])
        #expect(try refusal("magic.png", Samples.pngSignature + [0, 0]).contains("cut short"))
        #expect(try refusal("long.png", Samples.pngSignature + Samples.bigEndian(0x7FFF_0000) + Array("IHDR".utf8) + [0, 0, 0, 0])
                    .contains("longer than the file"))
        var badCRC = good
        badCRC[20] ^= 0xFF
        #expect(try refusal("crc.png", badCRC).contains("checksum"))
        #expect(try refusal("order.png", Samples.pngSignature + idat + ihdr + iend).contains("first PNG chunk is not a valid IHDR"))
        #expect(try refusal("open.png", Samples.pngSignature + ihdr + idat).contains("no IEND"))
        #expect(try refusal("empty.png", Samples.pngSignature + ihdr + iend).contains("no image data"))
        #expect(try refusal("tail.png", good + Array("PK\u{3}\u{4}".utf8)).contains("data after the PNG's end"))
    }

    @Test("A JPEG needs SOI, segments that fit, a frame and a scan, and EOI")
    func brokenJPEGs() throws {
        let good = Samples.jpeg()
        #expect(try refusal("magic.jpg", [0xFF, 0xD8, 0xFF, 0xE0]).contains("cut short"))
        #expect(try refusal("open.jpg", Array(good.dropLast(2))).contains("no EOI"))
        #expect(try refusal("long.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xF0, 0x00]).contains("longer than the file"))
        #expect(try refusal("noscan.jpg", Array(good.prefix(33)) + [0xFF, 0xD9]).contains("no frame or scan"))
        #expect(try refusal("junk.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34]).contains("segments are broken"))
    }

    @Test("An Office file must be a sound ZIP holding its content types and main part, without macros")
    func brokenOfficeFiles() throws {
        #expect(try refusal("letter.docx", Array(Samples.docx { $0.entries.removeLast() })).contains("word/document.xml is missing"))
        #expect(try refusal("letter.docx", Array(Samples.docx { $0.entries.removeFirst() })).contains("[Content_Types].xml is missing"))
        #expect(try refusal("letter.docx", Array(Samples.docx { $0.add("word/vbaProject.bin", [1, 2, 3]) })).contains("macros"))
        #expect(try refusal("letter.docx", Array(Samples.docx {
            $0.entries.removeFirst()
            $0.add("[Content_Types].xml", "<Types/>")
        })).contains("does not declare word/document.xml as the main part"))
        #expect(try refusal("letter.docx", Array(Samples.docx {
            $0.entries.removeLast()
            $0.add("word/document.xml", "<w:document/>", declaredSize: 1 << 44, zip64: true)
        })).contains("word/document.xml declares 17592186044416 bytes unpacked"))
        #expect(try refusal("letter.docx", Array(Samples.docx {
            $0.entries.removeLast()
            $0.addRepeated("word/document.xml", prefix: "<w:document>", byte: UInt8(ascii: " "), count: 32 * 1024 * 1024,
                           suffix: "</w:document>", declaredSize: 100)
        })).contains("word/document.xml unpacks to more than the 100 bytes it declares"))
        #expect(try refusal("letter.docx", Array(Samples.docx {
            $0.entries.removeLast()
            $0.add("word/document.xml", "not xml at all")
        })).contains("word/document.xml is not XML"))
        // A workbook called .docx has no word/document.xml; a document called .xlsx no xl/workbook.xml.
        #expect(try refusal("figures.docx", Array(HostileXLSX.parts().data())).contains("word/document.xml is missing"))
        #expect(try refusal("letter.xlsx", Array(Samples.docx())).contains("xl/workbook.xml is missing"))
    }

    @Test("The type comes from the content and the extension must agree with it; 5 MB at most")
    func typeAndSize() throws {
        #expect(try refusal("photo.jpg", Samples.png()).contains("not an allowed type"))
        #expect(try refusal("invoice.pdf", [0x4D, 0x5A, 0x90, 0x00]).contains("not an allowed type"))
        #expect(try refusal("notes.txt", Array("hello".utf8)).contains("not an allowed type"))
        #expect(try refusal("big.pdf", Samples.pdf() + Array(repeating: 0x20, count: 5 * 1024 * 1024)).contains("larger than 5 MB"))
    }
}
