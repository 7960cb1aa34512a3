import Foundation
import Testing

/// A page's view is a function of its model and a `PageContext`, never of the request, so every
/// page renders in a test without a server. This holds for every `X+View.swift` and
/// `X+Model.swift` and for the UI parts views share (`XUI.swift`).
@Suite struct PureViewTests {
    static let requestUse = try! NSRegularExpression(pattern: #"\bRequest\b|\breq\.|\brequest\."#)

    static func isViewFile(_ name: String) -> Bool {
        name.hasSuffix("+View.swift") || name.hasSuffix("+Model.swift") || name.hasSuffix("UI.swift")
    }

    @Test func noViewReadsTheRequest() throws {
        let root = RouteRegistrationTests.sources
        var offenders: [String] = []
        var views = 0
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let file as URL in files where Self.isViewFile(file.lastPathComponent) {
            views += 1
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated()
            where Self.requestUse.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                let relative = file.path.replacingOccurrences(of: root.path + "/", with: "")
                offenders.append("\(relative):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(views > 20)
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
