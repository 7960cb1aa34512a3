@testable import BaiqiangCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The monthly report as a Word file officials edit and forward: a real Office package whose
/// document holds every target with its value, light and source, hostile names as plain text,
/// and 演示数据 beside any figure resting on demo records.
@Suite("Plan: the monthly report as a Word document")
struct PlanReportWordTests {
    static let hostileName = "</w:t></w:r><w:p>&amp; \"产值\" <script>x</script>"

    /// The text of `word/document.xml` as an XML parser reads it, after unzipping the package with
    /// the project's capped reader; nil when the part is missing or is not well-formed XML.
    static func documentText(_ bytes: [UInt8]) throws -> String? {
        let data = Data(bytes)
        let directory = try ZIPDirectory(data, limits: .userFiles)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"] {
            let entry = try #require(directory[part], "\(part)")
            let xml = try ZIPEntryReader(data: data, entry: entry).readAll(atMost: 1 << 20)
            #expect(XMLParser(data: Data(xml)).parse(), "\(part) is well-formed XML")
        }
        guard let entry = directory["word/document.xml"] else { return nil }
        let xml = try ZIPEntryReader(data: data, entry: entry).readAll(atMost: 16 << 20)
        let parser = XMLParser(data: Data(xml))
        let collector = TextCollector()
        parser.delegate = collector
        return parser.parse() ? collector.text : nil
    }

    final class TextCollector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:p" { text += "\n" }
        }
    }

    /// The view tests' plan, its first target renamed to `name`, figures marked `provenance`.
    static func model(name: String = hostileName, provenance: DataProvenance = .factual) throws -> PlanReportPage.Model {
        var document = try PlanPageViewTests.snapshot().document
        document.areas[0].lines[0].items[0].kpis[0].name = BilingualText(zh: name, en: name)
        for index in document.areas[0].lines[0].items[0].kpis.indices {
            for o in document.areas[0].lines[0].items[0].kpis[index].observations.indices {
                document.areas[0].lines[0].items[0].kpis[index].observations[o].provenance = provenance
            }
        }
        let today = PlanPageViewTests.today
        return .init(snapshot: PlanSnapshot(document: document, evaluation: PlanEvaluation.evaluate(document, now: today), today: today))
    }

    static func text(_ model: PlanReportPage.Model, _ language: BaiqiangCore.Language = .zhHans) throws -> String {
        let bytes = try WordDocumentWriter.bytes(PlanReportPage.word(model, .rendering(language, as: .leader)))
        return try #require(try documentText(bytes), "word/document.xml parses")
    }

    @Test("The document unzips, parses, and holds each target with its value, light and source; a hostile name is text")
    func targetsAndEscaping() throws {
        let text = try Self.text(try Self.model())
        #expect(text.contains("规划目标月度进展报告（2025-01）"))
        #expect(text.contains(Self.hostileName), "the name reads back exactly as typed")
        #expect(text.contains("正常指标"))
        #expect(text.contains("监测指标"))
        #expect(text.contains("10 公顷 截至 2024-12-01"))
        #expect(text.contains("严重滞后"))
        #expect(text.contains("统计公报2024"), "each figure carries its source")
        #expect(text.contains("动工"), "the milestones")
        #expect(!text.contains("演示数据"), "nothing generated, nothing labelled")
        let english = try Self.text(try Self.model(name: "Behind"), .en)
        #expect(english.contains("far behind"))
    }

    @Test("Figures from demo records carry 演示数据 beside them and a notice at the top")
    func demoLabel() throws {
        let text = try Self.text(try Self.model(provenance: .demo))
        #expect(text.contains("10 公顷 截至 2024-12-01 演示数据"))
        #expect(text.contains("不是真实统计数据"))
        let mixed = try Self.text(try Self.model(provenance: .mixed))
        #expect(mixed.contains("含演示数据"))
    }

    @Test("An ended plan's report is its final review: verdicts and gaps, no schedule")
    func finalReview() throws {
        var model = try Self.model()
        let end = try #require(PlanDate("2025-12-31")), today = try #require(PlanDate("2026-02-01"))
        model.snapshot.today = today
        model.snapshot.review = PlanReview.review(model.snapshot.document, end: end)
        let text = try Self.text(model)
        #expect(text.contains("终期评估"))
        #expect(text.contains("未达成"))
        #expect(!text.contains("序时进度\n"), "no schedule column")
    }

    @Test("Signed-in users download it beside the printed report; with the demo loaded it says 演示数据; no one else gets it")
    func route() async throws {
        try await withTestApp(demo: true) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.planReport.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains(SiteURL.planReportWord.path), "the printed report links to it")
            }
            try await app.testing().test(.GET, SiteURL.planReportWord.path, headers: browser.headers) { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
                #expect(response.headers.first(name: .contentDisposition)?.contains(".docx") == true)
                let text = try #require(try Self.documentText(Array(response.body.readableBytesView)))
                #expect(text.contains("演示数据"))
                #expect(text.contains("规上工业") || text.contains("规模以上"))
            }
            try await app.testing().test(.GET, SiteURL.planReportWord.path) { response async in
                #expect(response.status != .ok)
                #expect(response.headers.contentType?.subType != "vnd.openxmlformats-officedocument.wordprocessingml.document")
            }
        }
    }
}
