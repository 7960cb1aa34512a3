import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// A PNG's container: the signature, then chunks (length, type, data, CRC) that each fit in the
/// file and pass their checksum, IHDR first with a non-empty image, at least one IDAT, and IEND
/// last with nothing after it.
enum PNGStructure {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func check(_ bytes: [UInt8]) throws(AttachmentRefusal.Reason) {
        guard bytes.starts(with: signature) else { throw .broken("PNG 文件头不正确", "the PNG signature is wrong") }
        var position = signature.count
        var sawImageData = false
        while position < bytes.count {
            guard position + 12 <= bytes.count else { throw .broken("PNG 数据块被截断", "a PNG chunk is cut short") }
            let length = Int(bigEndian32(bytes, position))
            let type = Array(bytes[(position + 4)..<(position + 8)])
            guard length <= 0x7FFF_FFFF, length <= bytes.count - position - 12 else {
                throw .broken("PNG 数据块长度超出文件", "a PNG chunk is longer than the file")
            }
            guard type.allSatisfy({ (0x41...0x5A).contains($0 & ~0x20) }) else {
                throw .broken("PNG 数据块类型无效", "a PNG chunk has an invalid type")
            }
            let stored = bigEndian32(bytes, position + 8 + length)
            let computed = bytes.withUnsafeBufferPointer { buffer in
                UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress! + position + 4, UInt32(length + 4)))
            }
            guard stored == computed else { throw .broken("PNG 数据块校验和不符", "a PNG chunk fails its checksum") }
            let name = String(decoding: type, as: UTF8.self)
            if position == signature.count {
                guard name == "IHDR", length == 13,
                      bigEndian32(bytes, position + 8) > 0, bigEndian32(bytes, position + 12) > 0 else {
                    throw .broken("PNG 第一个数据块不是有效的 IHDR", "the first PNG chunk is not a valid IHDR")
                }
            }
            if name == "IDAT" { sawImageData = true }
            position += 12 + length
            if name == "IEND" {
                guard length == 0, sawImageData else { throw .broken("PNG 没有图像数据", "the PNG has no image data") }
                guard position == bytes.count else { throw .broken("PNG 结束块之后还有数据", "there is data after the PNG's end") }
                return
            }
        }
        throw .broken("PNG 缺少结束块 IEND", "the PNG has no IEND chunk")
    }

    private static func bigEndian32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}
