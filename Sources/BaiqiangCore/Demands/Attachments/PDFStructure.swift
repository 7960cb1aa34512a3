import Foundation

/// A PDF's frame, what every reader looks for first: the header `%PDF-1.x` (or 2.0), `%%EOF` at
/// the end, and before it `startxref` with the offset of the cross-reference section, which must
/// be a table (`xref` … `trailer`) or a cross-reference stream object (`/Type /XRef`).
enum PDFStructure {
    static func check(_ bytes: [UInt8]) throws(AttachmentRefusal.Reason) {
        guard bytes.count >= 8, bytes.starts(with: Array("%PDF-".utf8)),
              (bytes[5] == UInt8(ascii: "1") && bytes[6] == UInt8(ascii: ".") && (0x30...0x37).contains(bytes[7]))
                || bytes[5...7].elementsEqual("2.0".utf8) else {
            throw .broken("PDF 文件头不是 %PDF-1.x 或 %PDF-2.0", "the PDF header is not %PDF-1.x or %PDF-2.0")
        }
        // %%EOF ends the file, give or take line ends and padding.
        var end = bytes.count
        while end > 0 && [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(bytes[end - 1]) { end -= 1 }
        let eof = Array("%%EOF".utf8)
        guard end >= eof.count, bytes[(end - eof.count)..<end].elementsEqual(eof) else {
            throw .broken("PDF 末尾没有 %%EOF", "the PDF does not end with %%EOF")
        }
        let tailStart = max(0, end - eof.count - 1024)
        guard let startxref = lastIndex(of: Array("startxref".utf8), in: bytes, from: tailStart, to: end - eof.count) else {
            throw .broken("PDF 末尾没有 startxref", "the PDF has no startxref before %%EOF")
        }
        var position = startxref + "startxref".utf8.count
        skipWhitespace(bytes, &position)
        guard let offset = integer(bytes, &position), offset < startxref else {
            throw .broken("PDF 的 startxref 偏移量无效", "the PDF's startxref offset is invalid")
        }
        var target = offset
        skipWhitespace(bytes, &target)
        if bytes[target...].starts(with: "xref".utf8) {
            var cursor = target + 4
            skipWhitespace(bytes, &cursor)
            guard integer(bytes, &cursor) != nil, { skipWhitespace(bytes, &cursor); return integer(bytes, &cursor) != nil }(),
                  lastIndex(of: Array("trailer".utf8), in: bytes, from: cursor, to: startxref) != nil else {
                throw .broken("PDF 的交叉引用表已损坏", "the PDF's cross-reference table is broken")
            }
            return
        }
        // A cross-reference stream: `N G obj << /Type /XRef … >> stream`.
        var cursor = target
        guard integer(bytes, &cursor) != nil, { skipWhitespace(bytes, &cursor); return integer(bytes, &cursor) != nil }(),
              { skipWhitespace(bytes, &cursor); return bytes[cursor...].starts(with: "obj".utf8) }() else {
            throw .broken("PDF 的 startxref 未指向交叉引用表", "the PDF's startxref does not point at a cross-reference section")
        }
        // The object's dictionary only: up to its stream data or its end, whichever comes first.
        let window = min(startxref, cursor + 4096)
        let dictionaryEnd = min(firstIndex(of: Array("stream".utf8), in: bytes, from: cursor, to: window) ?? window,
                                firstIndex(of: Array("endobj".utf8), in: bytes, from: cursor, to: window) ?? window)
        let dictionary = String(decoding: bytes[cursor..<dictionaryEnd], as: UTF8.self)
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\r", with: "")
        guard dictionary.contains("/Type/XRef") else {
            throw .broken("PDF 的 startxref 未指向交叉引用表", "the PDF's startxref does not point at a cross-reference section")
        }
    }

    private static func skipWhitespace(_ bytes: [UInt8], _ position: inout Int) {
        while position < bytes.count && [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(bytes[position]) { position += 1 }
    }

    /// A non-negative decimal integer at `position` (at most 15 digits), moving past it.
    private static func integer(_ bytes: [UInt8], _ position: inout Int) -> Int? {
        var value = 0
        var digits = 0
        while position < bytes.count, (0x30...0x39).contains(bytes[position]), digits < 15 {
            value = value * 10 + Int(bytes[position] - 0x30)
            digits += 1
            position += 1
        }
        return digits == 0 ? nil : value
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var i = start
        while i + pattern.count <= end {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var i = end - pattern.count
        while i >= start {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }
}
