import Foundation
import Testing

@Suite("Effects come from the environment")
struct EffectsScanTests {
    /// The one file allowed to read the system's clock, calendar and identifiers.
    static let liveFile = "BaiqiangApp/Platform/Runtime/AppEnvironment+Live.swift"

    /// `Date()`, `Date.now`, `UUID()` and `Calendar.current` as whole tokens (not `PlanDate()`).
    static let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_])(Date\(\)|Date\.now\b|UUID\(\)|Calendar\.current\b)"#)

    static func findings(in text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let line = String(line)
            let found = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            return found.map { _ in "\(index + 1): \(line.trimmingCharacters(in: .whitespaces))" }
        }
    }

    @Test("No code outside the live environment reads the system's time, calendar or ids")
    func noSystemEffectsOutsideTheEnvironment() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources").standardized
        var offending: [String] = []
        var scanned = 0
        for target in ["BaiqiangApp", "baiqiang"] {
            let folder = sources.appendingPathComponent(target)
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            for file in files {
                let relative = String(file.standardized.path.dropFirst(sources.path.count + 1))
                guard relative != Self.liveFile else { continue }
                scanned += 1
                let text = try String(contentsOf: file, encoding: .utf8)
                offending += Self.findings(in: text).map { "\(relative):\($0)" }
            }
        }
        #expect(scanned > 100, "the sources were found")
        #expect(offending.isEmpty, "use the environment instead:\n\(offending.joined(separator: "\n"))")
    }

    @Test("The scan sees each form, and not longer names that end alike")
    func patternMatches() {
        #expect(Self.findings(in: "let a = Date()").count == 1)
        #expect(Self.findings(in: "x = Foundation.Date.now").count == 1)
        #expect(Self.findings(in: "ids.append(UUID())").count == 1)
        #expect(Self.findings(in: "Calendar.current.component(.year, from: d)").count == 1)
        #expect(Self.findings(in: "PlanDate(now, timeZone: z); LocalDate(); UUID(uuidString: s); Date(timeIntervalSince1970: 0)").isEmpty)
    }
}
