/// A column of texts drawn from few distinct values (towns, industry codes), stored as one
/// small integer per row plus the distinct values once (dictionary encoding). Grouping by it
/// is grouping by integers, and reordering it moves 4 bytes a row.
public struct CategoryColumn: Sendable, Equatable {
    /// The distinct values, in order of first appearance.
    public private(set) var categories = TextColumn()
    /// Per row, the index of its value in `categories`.
    public private(set) var codes: [UInt32] = []
    /// Open-addressing hash table of category indices + 1 (0 = empty slot).
    private var slots = [UInt32](repeating: 0, count: 64)

    public init() {}

    public init(_ texts: [String]) {
        for text in texts { append(text) }
    }

    public var count: Int { codes.count }

    public subscript(row: Int) -> String { categories[Int(codes[row])] }

    public mutating func reserveCapacity(_ rows: Int) {
        codes.reserveCapacity(rows)
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends raw bytes; with `collapsingDoubledQuotes`, `""` becomes `"` (a quoted CSV field).
    public mutating func append(_ bytes: UnsafeRawBufferPointer, collapsingDoubledQuotes: Bool = false) {
        if collapsingDoubledQuotes {
            var scratch = TextColumn()
            scratch.append(bytes, collapsingDoubledQuotes: true)
            scratch.withBytes(at: 0) { codes.append(index(of: $0)) }
        } else {
            codes.append(index(of: bytes))
        }
    }

    public mutating func append(contentsOf other: CategoryColumn) {
        var mapping: [UInt32] = []
        for category in 0..<other.categories.count {
            mapping.append(other.categories.withBytes(at: category) { index(of: $0) })
        }
        codes.reserveCapacity(codes.count + other.codes.count)
        for code in other.codes { codes.append(mapping[Int(code)]) }
    }

    /// The rows at `order`'s positions: `result[i] == self[order[i]]`.
    public func permuted(by order: [Int32]) -> CategoryColumn {
        var result = self
        result.codes = codes.permuted(by: order)
        return result
    }

    private mutating func index(of bytes: UnsafeRawBufferPointer) -> UInt32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while slots[slot] != 0 {
            let candidate = Int(slots[slot] - 1)
            if categories.withBytes(at: candidate, { $0.elementsEqual(bytes) }) { return UInt32(candidate) }
            slot = (slot + 1) & mask
        }
        let index = UInt32(categories.count)
        categories.append(bytes)
        slots[slot] = index + 1
        if categories.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
        return index
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in 0..<categories.count {
            var slot = Int(truncatingIfNeeded: categories.withBytes(at: index) { Self.hash($0) }) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }

    /// FNV-1a: short keys, no allocation.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return hash
    }
}
