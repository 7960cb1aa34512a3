import BaiqiangCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Documents built from user text (the Word report) go through one escaping path: whatever a
/// name holds, the XML stays well-formed and reads back as the same text.
@Suite struct XMLTreeTests {
    static let hostile = "</w:t></w:r><w:r><w:t>注入 & \"quoted\" <b>bold</b> ]]> \u{1}\u{1B}end"

    /// The text of every element, in document order, as an XML parser reads it.
    final class TextCollector: NSObject, XMLParserDelegate {
        var text = ""
        var elements: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(name)
            text += attributes.values.sorted().joined()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ bytes: [UInt8]) -> (ok: Bool, collector: TextCollector) {
        let parser = XMLParser(data: Data(bytes))
        let collector = TextCollector()
        parser.delegate = collector
        return (parser.parse(), collector)
    }

    @Test func hostileTextAndAttributesStayTextAndTheDocumentParses() {
        let tree = XMLTree.el("root", [("title", Self.hostile)], [.el("w:t", [], [.text(Self.hostile)])])
        let (ok, collector) = Self.parse(tree.document)
        #expect(ok)
        #expect(collector.elements == ["root", "w:t"], "no element smuggled in through the text")
        let readable = Self.hostile.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: "\u{1B}", with: "")
        #expect(collector.text == readable + readable, "the text reads back as typed, less what XML cannot hold")
    }

    @Test func aWordDocumentsBodyParsesWithEveryTextInIt() {
        let document = WordDocument(blocks: [
            .title(Self.hostile), .heading("领域 & 目标", level: 1),
            .paragraph([WordRun("演示数据", bold: true, colour: .red)]),
            .table(WordTable(header: ["指标", "数值"], rows: [[[WordRun(Self.hostile)], [WordRun("1,050 亿元")]], [[WordRun("短行")]]])),
        ])
        let (ok, collector) = Self.parse(WordDocumentWriter.documentXML(document).document)
        #expect(ok)
        #expect(collector.text.contains("</w:t></w:r><w:r><w:t>注入 & \"quoted\" <b>bold</b> ]]> end"))
        #expect(collector.text.contains("演示数据"))
        #expect(collector.elements.filter { $0 == "w:tr" }.count == 3, "the header and two rows")
        #expect(collector.elements.filter { $0 == "w:tc" }.count == 6, "a short row is padded to the header's width")
    }

    @Test func theDocumentIsAZippedOfficePackage() throws {
        let bytes = try WordDocumentWriter.bytes(WordDocument(blocks: [.title("月度进展报告")]))
        #expect(try AttachmentInspection.inspect(fileName: "report.docx", data: Data(bytes)) == .docx,
                "it passes the same checks as a Word file a firm uploads")
    }
}
