import Foundation
import Testing

/// A capability's data is read and written in one place, its store (`<Name>Store.swift` and its
/// `<Name>Store+….swift` extensions), where every read is scoped to the asking account and every
/// write goes through the audited transaction; migrations define the tables. Pages, the API, the
/// plan's providers and the rest ask the store.
@Suite struct DataAccessTests {
    /// The capability folders that keep to this, with the name of their store; the others are
    /// still to be converted.
    static let storeOnly = ["Evaluation": "EvaluationStore", "Plan": "PlanStore", "Enterprises": "EnterpriseStore", "Demands": "DemandStore"]

    static let access = try! NSRegularExpression(pattern:
        #"\.query\(on:|\.find\([^)]*on:|\.raw\(|\bsql\.(select|insert|update|delete)\(|\.(create|update|delete|save)\(on:|BulkWriter\("#)

    @Test func capabilitiesReachTheirDataOnlyThroughTheirStore() throws {
        var offenders: [String] = []
        for (folder, store) in Self.storeOnly.sorted(by: { $0.key < $1.key }) {
            let root = RouteRegistrationTests.sources.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            for case let file as URL in files where file.pathExtension == "swift" {
                let name = file.lastPathComponent
                if name.hasPrefix(store) || file.path.contains("/Migrations/") { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                for (number, line) in text.components(separatedBy: "\n").enumerated()
                where Self.access.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    offenders.append("\(folder)/\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
