import Foundation
import Testing

/// Golden files: what a page or an API response looked like when it was last accepted, kept in
/// `Tests/BaiqiangAppTests/Snapshots/__Snapshots__/`. A test compares what it gets now with the
/// file and fails on any difference, naming the first line that differs. After an intended change,
/// record them all again with
///     BAIQIANG_RECORD_SNAPSHOTS=1 swift test --filter Snapshot
/// and read the diff (`git diff Tests/BaiqiangAppTests/Snapshots`) before committing it.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["BAIQIANG_RECORD_SNAPSHOTS"] == "1" }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/__Snapshots__")

    /// Compares `text` with the golden file `name` (a relative path without extension).
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        if recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("No golden file \(name).txt: record it with BAIQIANG_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return }
        let old = expected.components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              golden: \(line < old.count ? old[line] : "(end)")
              now:    \(line < new.count ? new[line] : "(end)")
            """, sourceLocation: sourceLocation)
    }

    /// Replaces what differs from run to run and says nothing about the page: ids, tokens,
    /// clock times of rows written during the test, request ids, MACs.
    static func normalised(_ text: String) -> String {
        var text = text
        let rules: [(pattern: String, replacement: String)] = [
            (#"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"#, "<uuid>"),
            (#"(name="_csrf" value=")[^"]*"#, "$1<csrf>"),
            (#"(_csrf=)[A-Za-z0-9_\-%]+"#, "$1<csrf>"),
            (#"\b[0-9a-f]{64}\b"#, "<hex>"),
            (#"\bbq_[A-Za-z0-9_\-]{6,}"#, "bq_<token>"),
            (#"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"#, "<time>"),
        ]
        for rule in rules {
            text = text.replacingOccurrences(of: rule.pattern, with: rule.replacement, options: .regularExpression)
        }
        return text
    }

    /// Markup with one element per line, so a diff points at the element that changed.
    static func lines(ofHTML html: String) -> String {
        html.replacingOccurrences(of: "><", with: ">\n<")
    }

    /// JSON with sorted keys and indentation, so the same document always reads the same.
    static func canonicalJSON(_ data: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
              let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        else { return String(decoding: data, as: UTF8.self) }
        return String(decoding: pretty, as: UTF8.self)
    }
}
