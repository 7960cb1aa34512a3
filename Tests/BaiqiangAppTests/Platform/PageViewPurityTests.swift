import Foundation
import Testing

/// A page's view is a function of its model and a `PageContext`, never of a `Request`, so every
/// page renders in a test without a server: the controller reads the request and builds the
/// model. This holds for every `X+View.swift`, and for the parts the views are built from (every
/// file of the `Pages/` folders but the controllers).
@Suite struct PageViewPurityTests {
    /// Every capability's `Pages/`: besides controllers they hold only models, views and their parts.
    static let convertedPages = [
        "Evaluation/Pages", "Plan/Pages", "Shell/Pages", "Admin/Pages", "Calendar/Pages", "Enterprises/Pages", "Demands/Pages",
    ]

    /// `Request` as a word, or a `request.` / `req.` receiver.
    static let pattern = try! NSRegularExpression(pattern: #"\bRequest\b|\brequest\.|\breq\."#)

    static func findings(in text: String) -> [String] {
        text.components(separatedBy: "\n").enumerated().compactMap { number, line in
            pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil
                ? nil : "\(number + 1): \(line.trimmingCharacters(in: .whitespaces))"
        }
    }

    static func swiftFiles(under folder: URL) -> [URL] {
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
    }

    @Test func noViewOrViewPartReadsTheRequest() throws {
        let root = RouteRegistrationTests.sources
        let views = Self.swiftFiles(under: root).filter { $0.lastPathComponent.hasSuffix("+View.swift") }
        let parts = Self.convertedPages.flatMap { Self.swiftFiles(under: root.appendingPathComponent($0)) }
            .filter { !$0.lastPathComponent.contains("Controller") }
        var offenders: [String] = []
        for file in Set(views + parts).sorted(by: { $0.path < $1.path }) {
            let relative = file.path.replacingOccurrences(of: root.path + "/", with: "")
            offenders += Self.findings(in: try String(contentsOf: file, encoding: .utf8)).map { "\(relative):\($0)" }
        }
        #expect(views.count >= 17, "only \(views.count) views were found")
        #expect(parts.contains { $0.lastPathComponent == "PlanComponents.swift" })
        #expect(offenders.isEmpty, "take the page model and a PageContext instead:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScanSeesARequestInEachFormAndNotNamesThatMerelyContainIt() {
        #expect(Self.findings(in: "static func view(_ request: Request) -> HTML").count == 1)
        #expect(Self.findings(in: ".text(request.t(\"x\"))").count == 1)
        #expect(Self.findings(in: "let db = req.db").count == 1)
        #expect(Self.findings(in: ".text(row.requestID ?? \"—\"); let requests = 2; HTTPRequestHead(); context.t(\"x\")").isEmpty)
    }
}
