import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Writes ZIP containers byte by byte, including ones whose headers lie about their sizes, so
/// the tests build every hostile file they need instead of carrying it.
struct ZIPBuilder {
    struct Entry {
        var path: String
        var packed: [UInt8]
        var deflated: Bool
        var crc: UInt32
        var declaredPacked: UInt64
        var declaredSize: UInt64
        var zip64: Bool
        /// Where the directory says the local header is; nil: where it really is.
        var localOffset: UInt64?
    }

    var entries: [Entry] = []

    /// Adds `content`, deflated unless `stored`; `declaredSize` overrides the true size in the headers.
    mutating func add(_ path: String, _ content: [UInt8], stored: Bool = false, declaredSize: UInt64? = nil, zip64: Bool = false) {
        let packed = stored ? content : Self.deflate(content)
        entries.append(Entry(path: path, packed: packed, deflated: !stored, crc: Self.crc(content),
                             declaredPacked: UInt64(packed.count), declaredSize: declaredSize ?? UInt64(content.count),
                             zip64: zip64, localOffset: nil))
    }

    mutating func add(_ path: String, _ text: String, declaredSize: UInt64? = nil, zip64: Bool = false) {
        add(path, Array(text.utf8), declaredSize: declaredSize, zip64: zip64)
    }

    /// A deflated entry of `count` copies of `byte` followed by `suffix`, packed piece by piece
    /// so that a bomb of hundreds of megabytes never exists unpacked in the test.
    mutating func addRepeated(_ path: String, prefix: String = "", byte: UInt8, count: Int, suffix: String = "",
                              declaredSize: UInt64? = nil) {
        var stream = z_stream()
        deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                      ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var packed: [UInt8] = []
        var crc: UInt = 0
        var output = [UInt8](repeating: 0, count: 1 << 16)
        func feed(_ input: [UInt8], finish: Bool) {
            var input = input
            crc = crc32(crc, &input, UInt32(input.count))
            input.withUnsafeMutableBufferPointer { buffer in
                stream.next_in = buffer.baseAddress
                stream.avail_in = UInt32(buffer.count)
                repeat {
                    output.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        _ = zlibDeflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                        packed += out[0..<(out.count - Int(stream.avail_out))]
                    }
                } while stream.avail_out == 0 || (finish && stream.avail_in > 0)
            }
        }
        feed(Array(prefix.utf8), finish: false)
        let piece = [UInt8](repeating: byte, count: 1 << 20)
        var left = count
        while left > 0 {
            let size = min(left, piece.count)
            feed(Array(piece[0..<size]), finish: false)
            left -= size
        }
        feed(Array(suffix.utf8), finish: true)
        let size = UInt64(prefix.utf8.count + count + suffix.utf8.count)
        entries.append(Entry(path: path, packed: packed, deflated: true, crc: UInt32(crc), declaredPacked: UInt64(packed.count),
                             declaredSize: declaredSize ?? size, zip64: false, localOffset: nil))
    }

    func data() -> Data {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt64(out.count)
            let name = Array(entry.path.utf8)
            let extra: [UInt8] = entry.zip64 ? Self.u16(1) + Self.u16(16) + Self.u64(entry.declaredSize) + Self.u64(entry.declaredPacked) : []
            let packed32 = entry.zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: entry.declaredPacked)
            let size32 = entry.zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: entry.declaredSize)
            let common = Self.u16(entry.zip64 ? 45 : 20) + Self.u16(0x0800) + Self.u16(entry.deflated ? 8 : 0)
                + Self.u16(0) + Self.u16(0x21) + Self.u32(entry.crc) + Self.u32(packed32) + Self.u32(size32)
                + Self.u16(UInt16(name.count)) + Self.u16(UInt16(extra.count))
            out += Self.u32(0x0403_4B50) + common + name + extra + entry.packed
            directory += Self.u32(0x0201_4B50) + Self.u16(20) + common + Self.u16(0) + Self.u16(0) + Self.u16(0)
                + Self.u32(0) + Self.u32(UInt32(truncatingIfNeeded: entry.localOffset ?? offset)) + name + extra
        }
        let directoryOffset = out.count
        out += directory
        out += Self.u32(0x0605_4B50) + Self.u16(0) + Self.u16(0) + Self.u16(UInt16(entries.count)) + Self.u16(UInt16(entries.count))
            + Self.u32(UInt32(directory.count)) + Self.u32(UInt32(directoryOffset)) + Self.u16(0)
        return Data(out)
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                      ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
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

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var bytes = bytes
        return UInt32(crc32(0, &bytes, UInt32(bytes.count)))
    }

    static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func u32(_ value: UInt32) -> [UInt8] { u16(UInt16(value & 0xFFFF)) + u16(UInt16(value >> 16)) }
    static func u64(_ value: UInt64) -> [UInt8] { u32(UInt32(value & 0xFFFF_FFFF)) + u32(UInt32(value >> 32)) }
}

/// zlib's `deflate`, which the builder's own `deflate` hides inside it.
private func zlibDeflate(_ stream: inout z_stream, _ flush: Int32) -> Int32 {
    deflate(&stream, flush)
}

/// The smallest workbook the reader accepts, one part of which the caller may replace.
enum HostileXLSX {
    static let contentTypes = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#
    static let workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    static let relationships = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
    static let sheetStart = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>"#
    static let sheetEnd = "</sheetData></worksheet>"
    static let sheet = sheetStart + sheetEnd

    /// A builder holding every part but `except`.
    static func parts(except: String? = nil) -> ZIPBuilder {
        var builder = ZIPBuilder()
        for (path, text) in [("[Content_Types].xml", contentTypes), ("xl/workbook.xml", workbook),
                             ("xl/_rels/workbook.xml.rels", relationships), ("xl/worksheets/sheet1.xml", sheet)]
        where path != except {
            builder.add(path, text)
        }
        return builder
    }
}
