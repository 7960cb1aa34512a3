/// A column of texts stored back to back in one byte array (an arena), so a million short
/// texts cost two allocations rather than a million.
public struct TextColumn: Sendable, Equatable {
    /// All texts' UTF-8 bytes, one after another.
    public private(set) var storage: [UInt8] = []
    /// `ends[i]` is where text `i` ends in `storage`; it starts where text `i - 1` ends.
    public private(set) var ends: [Int] = []

    public init() {}

    public init(_ texts: [String]) {
        for text in texts { append(text) }
    }

    public var count: Int { ends.count }

    public mutating func reserveCapacity(texts: Int, bytes: Int) {
        ends.reserveCapacity(texts)
        storage.reserveCapacity(bytes)
    }

    public mutating func append(_ text: String) {
        storage.append(contentsOf: text.utf8)
        ends.append(storage.count)
    }

    /// Appends raw bytes; with `collapsingDoubledQuotes`, `""` becomes `"` (a quoted CSV field).
    public mutating func append(_ bytes: UnsafeRawBufferPointer, collapsingDoubledQuotes: Bool = false) {
        if collapsingDoubledQuotes {
            var previousWasQuote = false
            for b in bytes {
                if b == ASCIIByte.quote && previousWasQuote {
                    previousWasQuote = false
                    continue
                }
                previousWasQuote = b == ASCIIByte.quote
                storage.append(b)
            }
        } else {
            storage.append(contentsOf: bytes)
        }
        ends.append(storage.count)
    }

    public func range(at index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    public subscript(index: Int) -> String {
        String(decoding: storage[range(at: index)], as: UTF8.self)
    }

    /// Calls `body` with the bytes of text `index`, without copying them.
    public func withBytes<R>(at index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let r = range(at: index)
        return try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[r])) }
    }

    public func isEmpty(at index: Int) -> Bool { range(at: index).isEmpty }

    public mutating func append(contentsOf other: TextColumn) {
        let base = storage.count
        storage.append(contentsOf: other.storage)
        ends.reserveCapacity(ends.count + other.ends.count)
        for end in other.ends { ends.append(base + end) }
    }

    /// The texts at `order`'s positions: `result[i] == self[order[i]]`.
    public func permuted(by order: [Int32]) -> TextColumn {
        var result = TextColumn()
        result.reserveCapacity(texts: order.count, bytes: storage.count)
        storage.withUnsafeBytes { source in
            ends.withUnsafeBufferPointer { ends in
                for index in order {
                    let i = Int(index)
                    let start = i == 0 ? 0 : ends[i - 1]
                    result.storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: source[start..<ends[i]]))
                    result.ends.append(result.storage.count)
                }
            }
        }
        return result
    }
}
