import Foundation
import Testing

/// Routes are registered through `SiteURL`, the same values links are made from, so a page's
/// address is written once and a link to a page that is not there does not compile.
@Suite struct RouteRegistrationTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BaiqiangApp")

    @Test func noRouteIsRegisteredWithALiteralPath() throws {
        let literalRoute = try NSRegularExpression(pattern: #"\.(get|post|put|patch|delete|on)\((\.[A-Z]+,\s*)?""#)
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                if literalRoute.firstMatch(in: line, range: range) != nil, !line.contains("request.") {
                    offenders.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
