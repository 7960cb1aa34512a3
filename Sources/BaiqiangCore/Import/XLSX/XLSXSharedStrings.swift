import Foundation

/// The shared string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into it.
/// A rich-text entry (`<si><r><t>…</t></r><r><t>…</t></r></si>`) is the concatenation of its runs;
/// phonetic hints (`<rPh>`) are not part of the text.
final class XLSXSharedStrings: XMLPartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    static func load(from archive: XLSXArchive) throws(ImportFileError) -> [String] {
        guard let data = try archive.part("xl/sharedStrings.xml") else { return [] }
        let parser = XLSXSharedStrings()
        try parser.parse(data, part: "xl/sharedStrings.xml")
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
        case "si": strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}
