import Foundation

/// One file listed in a ZIP container, its claims already checked against the container's bytes
/// and the limits.
struct ZIPEntry: Equatable, Sendable {
    var path: String
    var isDeflated: Bool
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Where the packed bytes start in the container (after the entry's local header).
    var dataOffset: Int
}

/// The directory of a ZIP container, read from its bytes without trusting any count, size or
/// offset in it: each is checked to lie inside the file and under the limits before it is used,
/// so a header claiming 16 TiB, an entry pointing past the end of the file or a million entries
/// is refused with a reason instead of being allocated, sought or iterated.
struct ZIPDirectory: Sendable {
    let entries: [ZIPEntry]
    private let indexByPath: [String: Int]

    init(_ data: Data, limits: ZIPLimits) throws(ZIPRefusal) {
        let entries = try data.withUnsafeBytes { raw in
            Result { () throws(ZIPRefusal) in try Self.read(LittleEndianBytes(raw), limits: limits) }
        }.get()
        var indexByPath: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            // Two entries of one name let two readers see two different files.
            guard indexByPath.updateValue(index, forKey: entry.path) == nil else { throw .duplicate(entry.path) }
        }
        self.entries = entries
        self.indexByPath = indexByPath
    }

    subscript(path: String) -> ZIPEntry? {
        indexByPath[path].map { entries[$0] }
    }

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    private static func read(_ bytes: LittleEndianBytes, limits: ZIPLimits) throws(ZIPRefusal) -> [ZIPEntry] {
        let count = bytes.count
        guard count >= 22 else { throw .notZIP }
        // The end record is within the last 22 + 65,535 (comment) bytes; looking further back
        // would make any large non-ZIP upload a byte-by-byte scan.
        var end = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        while end >= lowest && bytes.u32(end) != endSignature { end -= 1 }
        guard end >= lowest else { throw .notZIP }
        var entryCount = UInt64(bytes.u16(end + 10))
        var directorySize = UInt64(bytes.u32(end + 12))
        var directoryOffset = UInt64(bytes.u32(end + 16))
        var directoryLimit = end
        if end >= 20 && bytes.u32(end - 20) == zip64LocatorSignature {
            let recordOffset = bytes.u64(end - 20 + 8)
            guard end - 20 >= 56, recordOffset <= UInt64(end - 20 - 56),
                  bytes.u32(Int(recordOffset)) == zip64EndSignature else { throw .brokenDirectory }
            let record = Int(recordOffset)
            entryCount = bytes.u64(record + 32)
            directorySize = bytes.u64(record + 40)
            directoryOffset = bytes.u64(record + 48)
            directoryLimit = record
        }
        guard entryCount <= UInt64(limits.maximumEntries) else {
            throw .tooManyEntries(entryCount, limit: limits.maximumEntries)
        }
        guard directoryOffset <= UInt64(directoryLimit), directorySize <= UInt64(directoryLimit) - directoryOffset else {
            throw .brokenDirectory
        }
        let directoryEnd = Int(directoryOffset + directorySize)
        var position = Int(directoryOffset)
        var entries: [ZIPEntry] = []
        var spans: [Range<Int>] = []
        for _ in 0..<Int(entryCount) {
            guard position + 46 <= directoryEnd, bytes.u32(position) == centralSignature else { throw .brokenDirectory }
            let flags = bytes.u16(position + 8)
            let method = bytes.u16(position + 10)
            let nameLength = Int(bytes.u16(position + 28))
            let extraLength = Int(bytes.u16(position + 30))
            let commentLength = Int(bytes.u16(position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd else { throw .brokenDirectory }
            let path = bytes.string(position + 46, nameLength)
            var compressed = UInt64(bytes.u32(position + 20))
            var uncompressed = UInt64(bytes.u32(position + 24))
            var localOffset = UInt64(bytes.u32(position + 42))
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                // ZIP64: the real values follow in the extra field, in this order, only for the
                // fields that hold the marker.
                guard var field = bytes.extraField(0x0001, in: (position + 46 + nameLength)..<(next - commentLength)) else {
                    throw .brokenEntry(path)
                }
                func take(_ value: inout UInt64) throws(ZIPRefusal) {
                    guard value == 0xFFFF_FFFF else { return }
                    guard field.count >= 8 else { throw .brokenEntry(path) }
                    value = bytes.u64(field.lowerBound)
                    field = (field.lowerBound + 8)..<field.upperBound
                }
                try take(&uncompressed)
                try take(&compressed)
                try take(&localOffset)
            }
            guard flags & 0x0001 == 0 else { throw .encrypted(path) }
            guard method == 0 || method == 8 else { throw .unsupportedMethod(path, method) }
            guard uncompressed <= UInt64(limits.maximumPartBytes) else {
                throw .tooLarge(path, declared: uncompressed, limit: limits.maximumPartBytes)
            }
            guard compressed <= UInt64(count) else { throw .outsideFile(path) }
            guard uncompressed <= UInt64(limits.ratioFreeBytes)
                    || uncompressed <= compressed * UInt64(limits.maximumRatio) else {
                throw .ratio(path, packed: compressed, unpacked: uncompressed, limit: limits.maximumRatio)
            }
            guard method == 8 || compressed == uncompressed else { throw .brokenEntry(path) }
            // Local headers and their data precede the directory.
            guard localOffset <= UInt64(directoryOffset), Int(localOffset) + 30 <= Int(directoryOffset),
                  bytes.u32(Int(localOffset)) == localSignature else { throw .outsideFile(path) }
            let local = Int(localOffset)
            let dataOffset = local + 30 + Int(bytes.u16(local + 26)) + Int(bytes.u16(local + 28))
            guard dataOffset <= Int(directoryOffset), Int(compressed) <= Int(directoryOffset) - dataOffset else {
                throw .outsideFile(path)
            }
            entries.append(ZIPEntry(path: path, isDeflated: method == 8, crc32: bytes.u32(position + 16),
                                    compressedSize: Int(compressed), uncompressedSize: Int(uncompressed), dataOffset: dataOffset))
            spans.append(local..<(dataOffset + Int(compressed)))
            position = next
        }
        // Entries sharing their packed bytes multiply what a small file unpacks to.
        let ordered = spans.sorted { $0.lowerBound < $1.lowerBound }
        for (first, second) in zip(ordered, ordered.dropFirst()) where second.lowerBound < first.upperBound {
            throw .overlapping
        }
        return entries
    }
}

/// Little-endian reads at offsets the caller has checked against `count`.
private struct LittleEndianBytes {
    let raw: UnsafeRawBufferPointer
    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }
    var count: Int { raw.count }

    func u16(_ offset: Int) -> UInt16 { UInt16(raw[offset]) | UInt16(raw[offset + 1]) << 8 }
    func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
    func u64(_ offset: Int) -> UInt64 { UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32 }

    func string(_ offset: Int, _ length: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + length)]), as: UTF8.self)
    }

    /// The data of the extra field `id` among the fields in `range`.
    func extraField(_ id: UInt16, in range: Range<Int>) -> Range<Int>? {
        var position = range.lowerBound
        while position + 4 <= range.upperBound {
            let size = Int(u16(position + 2))
            guard position + 4 + size <= range.upperBound else { return nil }
            if u16(position) == id { return (position + 4)..<(position + 4 + size) }
            position += 4 + size
        }
        return nil
    }
}

extension ZIPRefusal {
    static let notZIP = ZIPRefusal(zh: "不是可读取的 ZIP 容器", en: "not a readable ZIP container")
    static let brokenDirectory = ZIPRefusal(zh: "ZIP 目录已损坏或指向文件之外", en: "the ZIP directory is broken or points outside the file")
    static let overlapping = ZIPRefusal(zh: "ZIP 中有多个条目共用同一段数据", en: "entries of the ZIP share the same packed bytes")

    static func tooManyEntries(_ count: UInt64, limit: Int) -> ZIPRefusal {
        ZIPRefusal(zh: "ZIP 声明有 \(count) 个条目，超过上限 \(limit)", en: "the ZIP declares \(count) entries, more than the limit of \(limit)")
    }

    static func duplicate(_ path: String) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 在 ZIP 中出现多次", en: "\(path) appears more than once in the ZIP")
    }

    static func brokenEntry(_ path: String) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 的条目头已损坏", en: "the header of \(path) is broken")
    }

    static func outsideFile(_ path: String) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 的数据位置超出文件范围", en: "the data of \(path) lies outside the file")
    }

    static func encrypted(_ path: String) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 已加密，无法读取", en: "\(path) is encrypted")
    }

    static func unsupportedMethod(_ path: String, _ method: UInt16) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 使用了不支持的压缩方式（\(method)）", en: "\(path) uses an unsupported compression method (\(method))")
    }

    static func tooLarge(_ path: String, declared: UInt64, limit: Int) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 声明解压后为 \(declared) 字节，超过每个部件 \(megabytes(limit)) 的上限",
                   en: "\(path) declares \(declared) bytes unpacked, more than the limit of \(megabytes(limit)) per part")
    }

    static func ratio(_ path: String, packed: UInt64, unpacked: UInt64, limit: Int) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 由 \(packed) 字节解压为 \(unpacked) 字节，压缩比超过 \(limit) 倍（疑似压缩炸弹）",
                   en: "\(path) unpacks \(packed) bytes to \(unpacked), a ratio over \(limit) to 1 (a zip bomb?)")
    }
}
