/// A document for Word (.docx) as the project writes one: a title, headings, paragraphs of runs
/// and tables, nothing more. Officials open it, edit it and forward it, so it uses Word's own
/// styles (标题, 标题 1, 网格型表格) rather than direct formatting wherever it can.
public struct WordDocument: Sendable {
    public enum Block: Sendable {
        case title(String)
        /// Level 1 or 2.
        case heading(String, level: Int)
        case paragraph([WordRun])
        case table(WordTable)
    }

    public var blocks: [Block]

    public init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    public mutating func append(_ block: Block) {
        blocks.append(block)
    }
}

/// A stretch of text with one look.
public struct WordRun: Sendable {
    public enum Colour: String, Sendable {
        case red = "C00000"
        case amber = "BF8F00"
        case green = "00B050"
        case blue = "2F5496"
        case grey = "7F7F7F"
    }

    public var text: String
    public var bold: Bool
    public var colour: Colour?

    public init(_ text: String, bold: Bool = false, colour: Colour? = nil) {
        self.text = text
        self.bold = bold
        self.colour = colour
    }
}

/// A table whose first row is its header, repeated on every page it runs onto.
public struct WordTable: Sendable {
    public var header: [String]
    /// Each cell is a line of runs; a row shorter than the header is padded with empty cells.
    public var rows: [[[WordRun]]]

    public init(header: [String], rows: [[[WordRun]]]) {
        self.header = header
        self.rows = rows
    }
}
