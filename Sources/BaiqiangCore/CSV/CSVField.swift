/// Where one field of a CSV record lies in the scanned bytes: no copy is made.
public struct CSVField: Sendable, Equatable {
    /// Offset of the first content byte (after an opening quote).
    public var start: Int
    /// Offset one past the last content byte (before a closing quote).
    public var end: Int
    /// The field was quoted and contains `""` pairs that stand for one `"` each.
    public var hasDoubledQuotes: Bool

    public init(start: Int, end: Int, hasDoubledQuotes: Bool = false) {
        self.start = start
        self.end = end
        self.hasDoubledQuotes = hasDoubledQuotes
    }

    public var isEmpty: Bool { start == end }
    public var byteCount: Int { end - start }
}
