/// Sorting a million credit codes by their bytes. The first 24 bytes of each code (a USCC has
/// 18) are packed into three big-endian integers, so a comparison is a few integer compares and
/// never touches the texts; only longer codes sharing those 24 bytes are compared byte by byte.
/// Codes of one county share their first 8 characters (authority, type, division code), which
/// is why one integer would not do.
enum CreditCodeSort {
    /// A code's first 24 bytes and its length. For codes of up to 24 bytes the order of keys
    /// is exactly the byte order of the codes (a prefix sorts first because it is shorter);
    /// longer codes that share their first 24 bytes are put right by `sortLongCodeRuns`.
    private struct Key: Comparable {
        var k0: UInt64
        var k1: UInt64
        var k2: UInt64
        var row: Int32
        /// Fits in the padding after `row`; with it the keys alone can spell a code of up to 24 bytes.
        var length: Int32

        static func < (a: Self, b: Self) -> Bool {
            if a.k0 != b.k0 { return a.k0 < b.k0 }
            if a.k1 != b.k1 { return a.k1 < b.k1 }
            if a.k2 != b.k2 { return a.k2 < b.k2 }
            if a.length != b.length { return a.length < b.length }
            return a.row < b.row
        }

        func sharesPrefix(with other: Self) -> Bool {
            k0 == other.k0 && k1 == other.k1 && k2 == other.k2
        }
    }

    struct Outcome {
        /// Rows in credit-code order; equal codes by row.
        var order: [Int32]
        /// The first repeated code in row order: (the row it first appears on, the row repeating it).
        var duplicate: (first: Int, repeated: Int)?
        /// The codes in sorted order, spelled from the keys (no random reads of the source);
        /// nil when a code is longer than the 24 bytes the keys hold.
        var sortedCodes: TextColumn?
    }

    static func sort(_ codes: TextColumn) -> Outcome {
        let n = codes.count
        return codes.storage.withUnsafeBytes { storage -> Outcome in
            var keys = [Key]()
            keys.reserveCapacity(n)
            var start = 0
            for row in 0..<n {
                let end = codes.ends[row]
                keys.append(Key(
                    k0: packed(storage, from: start, to: end), k1: packed(storage, from: start + 8, to: end),
                    k2: packed(storage, from: start + 16, to: end), row: Int32(row), length: Int32(end - start)))
                start = end
            }
            TwoThreadSort.sort(&keys)
            sortLongCodeRuns(&keys, storage: storage, codes: codes)
            // Equal codes are adjacent now; the packed keys rule most pairs out without touching the bytes.
            var duplicate: (first: Int, repeated: Int)?
            var runStart = 0
            for i in keys.indices.dropFirst() {
                let a = keys[i - 1]
                let b = keys[i]
                if a.sharesPrefix(with: b) && a.length == b.length
                    && compare(bytes(storage, codes, Int(a.row)), bytes(storage, codes, Int(b.row))) == 0 {
                    // Within a run of equal codes rows ascend, so the run's first row came first.
                    let repeated = Int(b.row)
                    if duplicate == nil || repeated < duplicate!.repeated {
                        duplicate = (Int(keys[runStart].row), repeated)
                    }
                } else {
                    runStart = i
                }
            }
            return Outcome(order: keys.map(\.row), duplicate: duplicate, sortedCodes: spell(keys, totalBytes: storage.count))
        }
    }

    /// Codes longer than 24 bytes that share the first 24 were ordered by length, not by their
    /// remaining bytes: sort each such run by the full bytes (then row).
    private static func sortLongCodeRuns(_ keys: inout [Key], storage: UnsafeRawBufferPointer, codes: TextColumn) {
        var start = 0
        while start < keys.count {
            var end = start + 1
            var hasLongCode = keys[start].length > 24
            while end < keys.count && keys[end].sharesPrefix(with: keys[start]) {
                hasLongCode = hasLongCode || keys[end].length > 24
                end += 1
            }
            if end - start > 1 && hasLongCode {
                keys[start..<end].sort { a, b in
                    let order = compare(bytes(storage, codes, Int(a.row)), bytes(storage, codes, Int(b.row)))
                    return order != 0 ? order < 0 : a.row < b.row
                }
            }
            start = end
        }
    }

    private static func spell(_ keys: [Key], totalBytes: Int) -> TextColumn? {
        guard keys.allSatisfy({ $0.length <= 24 }) else { return nil }
        var column = TextColumn()
        column.reserveCapacity(texts: keys.count, bytes: totalBytes)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            for key in keys {
                for i in 0..<8 {
                    let shift = 56 - 8 * UInt64(i)
                    buffer[i] = UInt8(truncatingIfNeeded: key.k0 >> shift)
                    buffer[8 + i] = UInt8(truncatingIfNeeded: key.k1 >> shift)
                    buffer[16 + i] = UInt8(truncatingIfNeeded: key.k2 >> shift)
                }
                column.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<Int(key.length)]))
            }
        }
        return column
    }

    /// Byte-wise comparison, shorter first on a common prefix: negative, zero or positive.
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let common = min(a.count, b.count)
        for i in 0..<common where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return a.count - b.count
    }

    private static func bytes(_ storage: UnsafeRawBufferPointer, _ codes: TextColumn, _ row: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[codes.range(at: row)])
    }

    @inline(__always)
    private static func packed(_ storage: UnsafeRawBufferPointer, from start: Int, to end: Int) -> UInt64 {
        if end - start >= 8 {
            return UInt64(bigEndian: storage.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        }
        var key: UInt64 = 0
        for i in 0..<8 {
            let position = start + i
            key = key << 8 | (position < end ? UInt64(storage[position]) : 0)
        }
        return key
    }
}
