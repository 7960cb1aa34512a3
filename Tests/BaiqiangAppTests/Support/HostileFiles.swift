import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Files an attacker uploads, built in the test: an XLSX whose ZIP64 header claims a 16 TiB
/// workbook, an XLSX zip bomb, and well-formed or broken attachments.
enum HostileFiles {
    /// An XLSX whose `xl/workbook.xml` declares 16 TiB unpacked in a ZIP64 extra field.
    static func xlsxClaimingSixteenTebibytes() -> Data {
        zip([("xl/workbook.xml", deflate(Array("<workbook/>".utf8)), 11, 1 << 44, 0)])
    }

    /// An XLSX of about 1 MiB whose sheet unpacks to 1 GiB of spaces and says so in its header.
    static func xlsxBomb() -> Data {
        var stream = z_stream()
        deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                      ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = [UInt8](repeating: 0x20, count: 1 << 20)
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var packed: [UInt8] = []
        for index in 0..<1024 {
            input.withUnsafeMutableBufferPointer { inBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                repeat {
                    output.withUnsafeMutableBufferPointer { outBuffer in
                        stream.next_out = outBuffer.baseAddress
                        stream.avail_out = UInt32(outBuffer.count)
                        _ = zlibDeflate(&stream, index == 1023 ? Z_FINISH : Z_NO_FLUSH)
                        packed += outBuffer[0..<(outBuffer.count - Int(stream.avail_out))]
                    }
                } while stream.avail_out == 0
            }
        }
        let workbook = #"<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let relationships = #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        return zip([("xl/workbook.xml", deflate(Array(workbook.utf8)), UInt64(workbook.utf8.count), nil, crc(Array(workbook.utf8))),
                    ("xl/_rels/workbook.xml.rels", deflate(Array(relationships.utf8)), UInt64(relationships.utf8.count), nil,
                     crc(Array(relationships.utf8))),
                    ("xl/worksheets/sheet1.xml", packed, 1 << 30, nil, 0)])
    }

    /// A well-formed DOCX: its content types and an empty document.
    static func docx() -> Data {
        let types = #"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
        let document = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"#
        return zip([("[Content_Types].xml", deflate(Array(types.utf8)), UInt64(types.utf8.count), nil, crc(Array(types.utf8))),
                    ("word/document.xml", deflate(Array(document.utf8)), UInt64(document.utf8.count), nil, crc(Array(document.utf8)))])
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var bytes = bytes
        return UInt32(crc32(0, &bytes, UInt32(bytes.count)))
    }

    /// A ZIP of deflated entries, each with its declared size; `zip64` puts that size in a ZIP64
    /// extra field (the hostile entries' CRCs are 0: they are refused before it is checked).
    static func zip(_ entries: [(path: String, packed: [UInt8], size: UInt64, zip64: UInt64?, crc: UInt32)]) -> Data {
        func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func u32(_ value: UInt64) -> [UInt8] { u16(Int(value & 0xFFFF)) + u16(Int((value >> 16) & 0xFFFF)) }
        func u64(_ value: UInt64) -> [UInt8] { u32(value & 0xFFFF_FFFF) + u32(value >> 32) }
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt64(out.count)
            let name = Array(entry.path.utf8)
            let extra = entry.zip64.map { u16(1) + u16(16) + u64($0) + u64(UInt64(entry.packed.count)) } ?? []
            let common = u16(45) + u16(0) + u16(8) + u16(0) + u16(0x21) + u32(UInt64(entry.crc))
                + (entry.zip64 == nil ? u32(UInt64(entry.packed.count)) + u32(entry.size) : u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF))
                + u16(name.count) + u16(extra.count)
            out += u32(0x0403_4B50) + common + name + extra + entry.packed
            directory += u32(0x0201_4B50) + u16(45) + common + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset) + name + extra
        }
        let directoryOffset = UInt64(out.count)
        out += directory + u32(0x0605_4B50) + u16(0) + u16(0) + u16(entries.count) + u16(entries.count)
            + u32(UInt64(directory.count)) + u32(directoryOffset) + u16(0)
        return Data(out)
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                      ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count + 128)
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                _ = zlibDeflate(&stream, Z_FINISH)
            }
        }
        return Array(output[0..<Int(stream.total_out)])
    }

    /// A 1×1 PNG whose chunks all check out.
    static func png() -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            var body = Array(type.utf8) + data
            let crc = UInt32(crc32(0, &body, UInt32(body.count)))
            return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]) + chunk("IEND", [])
    }

    /// A PDF with a classic cross-reference table.
    static func pdf() -> [UInt8] {
        let body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        let text = body + "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\n"
            + "startxref\n\(body.utf8.count)\n%%EOF\n"
        return Array(text.utf8)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}

private func zlibDeflate(_ stream: inout z_stream, _ flush: Int32) -> Int32 {
    deflate(&stream, flush)
}
