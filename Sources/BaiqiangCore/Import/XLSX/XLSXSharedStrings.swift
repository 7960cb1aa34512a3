import Foundation

/// The shared string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into it.
/// A rich-text entry (`<si><r><t>…</t></r><r><t>…</t></r></si>`) is the concatenation of its runs;
/// phonetic hints (`<rPh>`) are not part of the text.
final class XLSXSharedStrings: XMLPartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0
    /// What the table costs in memory so far: its text and a slot per string.
    private var cost = 0

    /// The table stays in memory while the sheet is read, unlike the sheet itself, so it has a
    /// budget of its own, below the per-part cap: a table of tens of millions of empty strings
    /// unpacked from a small file would cost gigabytes as Swift strings.
    static let memoryBudget = 96 * 1024 * 1024

    private let budget: Int

    init(budget: Int = XLSXSharedStrings.memoryBudget) {
        self.budget = budget
    }

    static func load(from archive: XLSXArchive, budget: Int = memoryBudget) throws(ImportFileError) -> [String] {
        let parser = XLSXSharedStrings(budget: budget)
        try archive.parse("xl/sharedStrings.xml", with: parser)
        return parser.strings
    }

    override func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    override func end(_ element: String) {
        switch element {
        case "si":
            strings.append(current)
            cost += MemoryLayout<String>.stride
            checkBudget()
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        guard inText else { return }
        current += string
        cost += string.utf8.count
        checkBudget()
    }

    private func checkBudget() {
        guard cost > budget, callbackError == nil, let parser = currentParser else { return }
        let limit = ZIPRefusal.megabytes(budget)
        fail(ImportFileError(.malformedXLSX(
            "xl/sharedStrings.xml holds more than \(limit) of strings / xl/sharedStrings.xml 的共享字符串超过 \(limit)")), parser)
    }
}
