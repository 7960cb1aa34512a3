import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// The photo that `serve --demo` attaches to some of its generated grid events: a small PNG drawn
/// here from numbers (a factory shed under a sky, its colours set by `variant`), so the demo
/// carries no picture from elsewhere and nothing it shows could pass for a real site. It is a
/// whole, valid PNG (palette image, one stored deflate block) and passes `GridEventPhotos.check`
/// like any uploaded photo.
public enum DemoGridPhoto {
    public static let width = 160
    public static let height = 100

    /// The file name the demo stores it under.
    public static func fileName(_ variant: Int) -> String { "演示照片-\(variant + 1).png" }

    public static func png(variant: Int) -> Data {
        // The palette: sky, ground, shed wall, roof, door, and the diagonal "demo" hatching.
        let roofs: [(UInt8, UInt8, UInt8)] = [(176, 58, 46), (41, 98, 155), (46, 125, 50), (120, 80, 160)]
        let roof = roofs[abs(variant) % roofs.count]
        let palette: [UInt8] = [200, 226, 245, 150, 170, 120, 225, 225, 215, roof.0, roof.1, roof.2, 90, 90, 95, 245, 196, 0]
        let sky: UInt8 = 0, ground: UInt8 = 1, wall: UInt8 = 2, roofIndex: UInt8 = 3, door: UInt8 = 4, hatch: UInt8 = 5
        let shift = (abs(variant) % 3) * 20
        var raw: [UInt8] = []
        raw.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            raw.append(0) // filter: none
            for x in 0..<width {
                var colour = y < 70 ? sky : ground
                let left = 30 + shift, right = 110 + shift
                if x >= left, x < right {
                    let roofTop = 30 - min(x - left, right - 1 - x) / 4
                    if y >= 40, y < 75 { colour = wall }
                    if y >= roofTop, y < 40 { colour = roofIndex }
                    if y >= 55, y < 75, x >= left + 34, x < left + 46 { colour = door }
                }
                if (x + y) % 23 == 0, y < 20 || y >= 90 { colour = hatch }
                raw.append(colour)
            }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0] // 8-bit palette, deflate, adaptive filtering, no interlace
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header) + chunk("PLTE", palette) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
        return Data(file)
    }

    /// A zlib stream of stored (uncompressed) deflate blocks: the picture is small, and this
    /// needs nothing but the checksum.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let last: UInt8 = offset + length == data.count ? 1 : 0
            out.append(last)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        let crc = body.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, UInt32($0.count))) }
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
