import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Unpacks one checked entry of a ZIP container a piece at a time into the caller's buffer, so
/// no buffer is ever sized from a header and a part never has to be held whole. The bytes
/// actually inflated are counted: one byte more than the entry declared (and the directory
/// checked against the limits) is refused, as is a stream that ends early or fails its checksum.
final class ZIPEntryReader {
    let entry: ZIPEntry
    private let data: Data
    private var stream: UnsafeMutablePointer<z_stream>?
    private var consumed = 0
    private var produced = 0
    private var checksum: UInt = 0
    private(set) var isFinished = false

    init(data: Data, entry: ZIPEntry) throws(ZIPRefusal) {
        self.data = data
        self.entry = entry
        guard entry.isDeflated else { return }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Negative window bits: a raw deflate stream, as ZIP stores it (no zlib header).
        guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .corrupt(entry.path)
        }
        self.stream = stream
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    }

    /// Up to `capacity` unpacked bytes written to `buffer`; 0 only at the end of the entry.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(ZIPRefusal) -> Int {
        guard !isFinished, capacity > 0 else { return 0 }
        let count = try data.withUnsafeBytes { raw in
            Result { () throws(ZIPRefusal) -> Int in
                let packed = raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.dataOffset
                if let stream { return try inflate(stream, from: packed, into: buffer, capacity: capacity) }
                return copy(from: packed, into: buffer, capacity: capacity)
            }
        }.get()
        produced += count
        guard produced <= entry.uncompressedSize else { throw .unpacksToMore(entry.path, declared: entry.uncompressedSize) }
        checksum = crc32(checksum, buffer, UInt32(count))
        if isFinished {
            guard produced == entry.uncompressedSize, UInt32(truncatingIfNeeded: checksum) == entry.crc32 else {
                throw .corrupt(entry.path)
            }
        }
        return count
    }

    /// The whole entry, refused when it declares more than `limit` bytes (for small parts only).
    func readAll(atMost limit: Int) throws(ZIPRefusal) -> [UInt8] {
        guard entry.uncompressedSize <= limit else {
            throw .tooLarge(entry.path, declared: UInt64(entry.uncompressedSize), limit: limit)
        }
        var bytes = [UInt8](repeating: 0, count: entry.uncompressedSize + 1)
        var filled = 0
        while !isFinished {
            let count = try bytes.withUnsafeMutableBufferPointer { buffer in
                Result { () throws(ZIPRefusal) in
                    try read(into: buffer.baseAddress! + filled, capacity: buffer.count - filled)
                }
            }.get()
            filled += count
        }
        return Array(bytes.prefix(filled))
    }

    private func copy(from packed: UnsafePointer<UInt8>, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let count = min(capacity, entry.compressedSize - consumed)
        buffer.update(from: packed + consumed, count: count)
        consumed += count
        if consumed == entry.compressedSize { isFinished = true }
        return count
    }

    private func inflate(_ stream: UnsafeMutablePointer<z_stream>, from packed: UnsafePointer<UInt8>,
                         into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(ZIPRefusal) -> Int {
        let outputLimit = min(capacity, Int(UInt32.max))
        var written = 0
        // Some input yields no output (block headers); keep going until there is some, so a
        // return of 0 always means the end.
        while written == 0 && !isFinished {
            let available = min(entry.compressedSize - consumed, 1 << 20)
            stream.pointee.next_in = UnsafeMutablePointer(mutating: packed + consumed)
            stream.pointee.avail_in = UInt32(available)
            stream.pointee.next_out = buffer
            stream.pointee.avail_out = UInt32(outputLimit)
            let status = zlibInflate(stream)
            let used = available - Int(stream.pointee.avail_in)
            consumed += used
            written = outputLimit - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                isFinished = true
            case Z_OK, Z_BUF_ERROR:
                // No progress with all the packed bytes used: the stream stops before its end.
                if used == 0 && written == 0 { throw .corrupt(entry.path) }
            default:
                throw .corrupt(entry.path)
            }
        }
        return written
    }
}

/// zlib's `inflate`, named apart from the reader's own method.
private func zlibInflate(_ stream: UnsafeMutablePointer<z_stream>) -> Int32 {
    inflate(stream, Z_NO_FLUSH)
}

extension ZIPRefusal {
    static func unpacksToMore(_ path: String, declared: Int) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 解压后超过其声明的 \(declared) 字节", en: "\(path) unpacks to more than the \(declared) bytes it declares")
    }

    static func corrupt(_ path: String) -> ZIPRefusal {
        ZIPRefusal(zh: "\(path) 的压缩数据已损坏或不完整", en: "the packed data of \(path) is damaged or incomplete")
    }
}
