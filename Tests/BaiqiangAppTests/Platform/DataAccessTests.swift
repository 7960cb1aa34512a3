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

    /// What reaches the database: a query, a raw statement, a relation loaded (`$parent.get(on:)`,
    /// `$children.load(on:)`), a model saved, the bulk path, a driver reached beneath Fluent
    /// (`as? any SQLDatabase`, SQLite's or PostgreSQL's), or a transaction opened
    /// (`writer.transaction { … }`, `writer.inCounty(…).transaction { … }`, `db.transaction { … }`):
    /// whoever opens one writes inside it, so only a store may.
    static let access = try! NSRegularExpression(pattern:
        #"\.query\(on:|\.find\([^)]*on:|\.raw\(|\bsql\.(select|insert|update|delete)\(|\.(create|update|delete|save)\(on:|\b(get|load)\(on:|as[?!]\s*(any\s+)?(SQL|SQLite|Postgres)Database\b|BulkWriter\(|\.transaction\b"#)

    /// A store's own files: `<Name>Store.swift` and its `<Name>Store+<Part>.swift` extensions.
    static func isStore(_ file: URL) -> Bool {
        file.lastPathComponent.range(of: #"^[A-Z][A-Za-z]*Store(\+[A-Za-z0-9]+)?\.swift$"#, options: .regularExpression) != nil
    }

    /// The plumbing beneath the stores, which no store could hold without every store depending on it:
    /// - `Writer.swift` opens the audited transaction every store writes in;
    /// - `BulkWriter`, `BulkReader` are the batched paths the stores write and read many rows through,
    ///   on the drivers beneath Fluent (SQLite's own rows, PostgreSQL's `COPY`);
    /// - `DatabaseSetup` runs migrations, the readiness probe and the SQLite copy for a backup,
    ///   before and beneath any store;
    /// - `DemoSeed` loads the demo accounts and data through the same models at start-up, before
    ///   any principal exists to scope a store by.
    /// Migrations (`Migrations/`) define the tables and move data between their shapes.
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
                (Self.isStore(file) && file.lastPathComponent.hasPrefix(store)) || file.path.contains("/Migrations/")
                    || Self.platformStores.contains(Self.relative(file))
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
            return Self.isStore(file) || relative.contains("Migrations/")
                || Self.platformStores.contains(relative)
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
