import Foundation
import Testing

/// A capability's data is read and written in one place, its store (`<Name>Store.swift` and its
/// `<Name>Store+….swift` extensions), where every read is scoped to the asking account and every
/// write goes through the audited transaction; migrations define the tables. Pages, the API, the
/// plan's providers and the rest ask the store.
@Suite struct DataAccessTests {
    /// The folders whose data lives in one store, with the name of that store.
    static let storeOnly = [
        "Evaluation": "EvaluationStore", "Plan": "PlanStore", "Enterprises": "EnterpriseStore", "Demands": "DemandStore",
        "Organisation": "OrganisationStore", "Platform/Auth": "AccountStore", "Platform/Audit": "AuditStore",
        "Calendar": "CalendarStore", "Supervision": "SupervisionStore",
    ]

    /// What reaches the database: a query, a raw statement, a model saved, the bulk path, or a
    /// transaction opened (`writer.transaction { … }`, `writer.inCounty(…).transaction { … }`,
    /// `db.transaction { … }`): whoever opens one writes inside it, so only a store may.
    static let access = try! NSRegularExpression(pattern:
        #"\.query\(on:|\.find\([^)]*on:|\.raw\(|\bsql\.(select|insert|update|delete)\(|\.(create|update|delete|save)\(on:|BulkWriter\(|\.transaction\b"#)

    /// The platform's plumbing beneath the stores: the audited transaction itself, the bulk path
    /// the importers write through, the start-up that runs migrations, and the demo accounts' loader.
    static let platformStores = [
        "Platform/Audit/Writer.swift",
        "Platform/Database/BulkWriter.swift", "Platform/Database/BulkWriter+Postgres.swift", "Platform/Database/BulkReader.swift",
        "Platform/Database/DatabaseSetup.swift",
        "Demo/DemoSeed.swift",
    ]

    static func relative(_ file: URL) -> String {
        file.path.replacingOccurrences(of: RouteRegistrationTests.sources.path + "/", with: "")
    }

    static func offenders(in folder: URL, allowed: (URL) -> Bool) throws -> [String] {
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" && !allowed(file) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated()
            where Self.access.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                let relative = file.path.replacingOccurrences(of: RouteRegistrationTests.sources.path + "/", with: "")
                offenders.append("\(relative):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return offenders
    }

    @Test func capabilitiesReachTheirDataOnlyThroughTheirStore() throws {
        var offenders: [String] = []
        for (folder, store) in Self.storeOnly.sorted(by: { $0.key < $1.key }) {
            offenders += try Self.offenders(in: RouteRegistrationTests.sources.appendingPathComponent(folder)) { file in
                file.lastPathComponent.hasPrefix(store) || file.path.contains("/Migrations/") || Self.platformStores.contains(Self.relative(file))
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }

    /// Everywhere else: only a store (a capability's or the calendar's), a migration, or one of
    /// the platform's own data files reaches the database.
    @Test func nothingElseQueriesTheDatabase() throws {
        let root = RouteRegistrationTests.sources
        let offenders = try Self.offenders(in: root) { file in
            let relative = file.path.replacingOccurrences(of: root.path + "/", with: "")
            return file.lastPathComponent.contains("Store") || relative.contains("Migrations/")
                || Self.platformStores.contains(relative)
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
