import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// The smallest well-formed file of each allowed attachment type, built here so that each broken
/// variant in the tests differs from a good one by exactly what it breaks.
enum AttachmentSamples {
    /// A PDF with a classic cross-reference table; `startxref` points at `xref`.
    static func pdf() -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"] {
            offsets.append(text.utf8.count)
            text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 3\n0000000000 65535 f \n"
        for offset in offsets { text += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        text += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }

    /// A PDF 1.5 whose cross-reference section is a stream object.
    static func pdfWithXRefStream() -> [UInt8] {
        var text = "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        text += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        let xref = text.utf8.count
        text += "3 0 obj\n<< /Type /XRef /Size 4 /W [1 1 1] /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n"
        text += "startxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }

    /// A 1×1 grey PNG: signature, IHDR, IDAT, IEND, each with its CRC.
    static func png() -> [UInt8] {
        pngSignature + chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]) + chunk("IEND", [])
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        var body = Array(type.utf8) + data
        let crc = UInt32(crc32(0, &body, UInt32(body.count)))
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// A baseline JPEG's skeleton: SOI, APP0, SOF0, SOS, entropy-coded bytes (a stuffed 0xFF00
    /// and a restart marker among them), EOI.
    static func jpeg() -> [UInt8] {
        [0xFF, 0xD8]
            + [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
            + [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00]
            + [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
            + [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]
            + [0xFF, 0xD9]
    }

    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    static func docx(_ adjust: (inout ZIPBuilder) -> Void = { _ in }) -> Data {
        var zip = ZIPBuilder()
        zip.add("[Content_Types].xml", #"<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="\#(docxType)"/></Types>"#)
        zip.add("word/document.xml", #"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"#)
        adjust(&zip)
        return zip.data()
    }
}
