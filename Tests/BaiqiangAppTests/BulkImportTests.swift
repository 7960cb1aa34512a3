import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

/// Files larger than one batch: an all-or-nothing import writes rows while it still reads the
/// file, so a bad row found late must undo what was already written.
@Suite("Registry imports larger than one batch, and the pieces that stream them")
struct BulkImportTests {
    /// `firms` firms × 5 years (2021–2025), in file order firm by firm.
    static func yearlyFile(firms: Int, replacing: [Int: String] = [:]) -> String {
        var lines = [RegistryTests.header]
        for firm in 0..<firms {
            let code = CreditCode.completing("914407841" + String(format: "%08d", firm))!
            for year in 2021...2025 {
                let revenue = 1000 + firm + year
                lines.append("\(code),鹤山市批量\(firm)有限公司,shaping,3311,\(year),\(revenue),\(revenue),100,10,5,5,0.1,1,20,10,\(revenue >= 2000 ? 1 : 0)")
            }
        }
        for (row, line) in replacing { lines[row - 1] = line }  // rows as the user counts them: the header is row 1
        return lines.joined(separator: "\n") + "\n"
    }

    func importer(_ app: Application) -> RegistryImporter {
        RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
    }

    func counts(_ app: Application) async throws -> [Int] {
        [try await Enterprise.query(on: app.db).count(), try await EnterpriseYearFigure.query(on: app.db).count(),
         try await ImportReportRecord.query(on: app.db).count(),
         try await AuditEntry.query(on: app.db).filter(\.$action == "registry.import.figures").count()]
    }

    @Test("Several batches import whole: every row, each firm created once from its first row")
    func severalBatches() async throws {
        try await withTestApp { app in
            let rows = 5 * 1_100
            #expect(rows > 2 * RegistryImporter.batchSize)
            let outcome = try await importer(app).run(.figures, data: Data(Self.yearlyFile(firms: 1_100).utf8),
                                                      fileName: "big.csv", partial: false)
            #expect(outcome.report.rowsRead == rows)
            #expect(outcome.report.inserted == rows)
            #expect(try await counts(app) == [1_100, rows, 1, 1])
            let again = try await importer(app).run(.figures, data: Data(Self.yearlyFile(firms: 1_100).utf8),
                                                    fileName: "big.csv", partial: false)
            #expect(again.report.inserted == 0)
            #expect(again.report.updated == rows)
        }
    }

    @Test("A file in any order imports whole, each new firm named by its first row in the file")
    func anyOrder() async throws {
        try await withTestApp { app in
            // Codes from last to first and each firm's years from last to first, so written in
            // code order a firm's rows come in another order than the file's, across batches.
            let firms = 1_100
            var lines = [RegistryTests.header]
            for firm in (0..<firms).reversed() {
                let code = CreditCode.completing("914407841" + String(format: "%08d", firm))!
                for year in (2021...2025).reversed() {
                    lines.append("\(code),鹤山市\(year)年\(firm)有限公司,shaping,3311,\(year),\(firm),1,1,1,1,1,1,1,1,1,0")
                }
            }
            let file = Data((lines.joined(separator: "\n") + "\n").utf8)
            let outcome = try await importer(app).run(.figures, data: file, fileName: "any.csv", partial: false)
            #expect(outcome.report.inserted == 5 * firms)
            #expect(try await counts(app) == [firms, 5 * firms, 1, 1])
            let names = try await Enterprise.query(on: app.db).all().map(\.name)
            #expect(names.allSatisfy { $0.hasPrefix("鹤山市2025年") })
            let figures = try await (app.db as! any SQLDatabase).select().column("credit_code").column("revenue_wan")
                .from(EnterpriseYearFigure.schema).all()
            #expect(try figures.allSatisfy { row in
                Int(try row.decode(column: "credit_code", as: String.self).dropFirst(9).prefix(8))
                    == Int(try row.decode(column: "revenue_wan", as: Double?.self) ?? -1)
            })
        }
    }

    @Test("A bad row or a repeated key after the first batches: refused whole, and what was written is undone")
    func lateFailureWritesNothing() async throws {
        try await withTestApp { app in
            let auditRows = try await AuditEntry.query(on: app.db).count()
            let late = 5 * 1_000  // row 5,000: two batches have gone to the database before it is read
            let negative = CreditCode.completing("91440784100099999")!
            let repeated = CreditCode.completing("914407841" + String(format: "%08d", 0))!
            let files = [
                Self.yearlyFile(firms: 1_100, replacing: [late: "\(negative),负,shaping,3311,2024,-3,1,1,1,1,1,1,1,1,1,1"]),
                Self.yearlyFile(firms: 1_100, replacing: [late: "\(repeated),鹤山市批量0有限公司,shaping,3311,2021,1,1,1,1,1,1,1,1,1,1,0"]),
            ]
            for file in files {
                let issues = try await #require(throws: ImportRejected.self) {
                    try await importer(app).run(.figures, data: Data(file.utf8), fileName: "late.csv", partial: false)
                }.issues
                #expect(issues.contains { $0.row == late })
                #expect(try await counts(app) == [0, 0, 0, 0])
            }
            #expect(try await AuditEntry.query(on: app.db).count() == auditRows)
        }
    }

    /// One row per firm for `year`, firms in `order`, each firm's revenue `revenue(firm)`.
    static func oneYearFile(_ order: some Sequence<Int>, year: Int = 2024, revenue: (Int) -> Int) -> String {
        var lines = [RegistryTests.header]
        for firm in order {
            let code = CreditCode.completing("914407841" + String(format: "%08d", firm))!
            lines.append("\(code),鹤山市\(firm)有限公司,shaping,3311,\(year),\(revenue(firm)),1,1,1,1,1,1,1,1,1,0")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("Firms the county lacks are created once from their first row in the file; firms it has keep their names, and one of another county does not count")
    func knownAndUnknownFirms() async throws {
        try await withTestApp { app in
            let firms = 1_100
            let code = { (firm: Int) in CreditCode.completing("914407841" + String(format: "%08d", firm))! }
            for firm in stride(from: 0, to: 200, by: 2) {
                try await Enterprise(creditCode: code(firm), name: "已有\(firm)", townID: nil, isDemo: false).create(on: app.db)
            }
            // The same code in Xinhui: Heshan's registry still lacks this firm.
            let elsewhere = Enterprise(creditCode: code(1), name: "新会的1", townID: nil, isDemo: false)
            elsewhere.countyCode = "440705"
            try await elsewhere.create(on: app.db)

            var lines = [RegistryTests.header]
            for firm in (0..<firms).reversed() {
                for year in (2021...2025).reversed() {
                    lines.append("\(code(firm)),鹤山市\(year)年\(firm)有限公司,shaping,3311,\(year),\(firm),1,1,1,1,1,1,1,1,1,0")
                }
            }
            let outcome = try await importer(app).run(.figures, data: Data((lines.joined(separator: "\n") + "\n").utf8),
                                                      fileName: "mixed.csv", partial: false)
            #expect(outcome.report.inserted == 5 * firms)
            #expect(outcome.report.updated == 0)
            let heshan = try await Enterprise.query(on: app.db, county: "440784").all()
            #expect(heshan.count == firms)
            let names = Dictionary(uniqueKeysWithValues: heshan.map { ($0.creditCode, $0.name) })
            #expect(names[code(0)] == "已有0")
            #expect(names[code(198)] == "已有198")
            #expect(names[code(1)] == "鹤山市2025年1有限公司")
            #expect(names[code(200)] == "鹤山市2025年200有限公司")
            #expect(try await Enterprise.query(on: app.db, county: "440705").all().map(\.name) == ["新会的1"])
        }
    }

    @Test("A load that replaces some rows and adds others counts each exactly, and the replaced rows hold the new figures")
    func replacedAndNewRows() async throws {
        try await withTestApp { app in
            let first = Self.oneYearFile(0..<2_500) { $0 }
            let report = try await importer(app).run(.figures, data: Data(first.utf8), fileName: "a.csv", partial: false).report
            #expect(report.inserted == 2_500)
            #expect(report.updated == 0)
            let second = Self.oneYearFile((1_500..<4_000).reversed()) { 10_000 + $0 }
            let again = try await importer(app).run(.figures, data: Data(second.utf8), fileName: "b.csv", partial: false).report
            #expect(again.inserted == 1_500)
            #expect(again.updated == 1_000)
            let revenue = { (firm: Int) async throws -> Double? in
                let row = try await (app.db as! any SQLDatabase).select().column("revenue_wan").from(EnterpriseYearFigure.schema)
                    .where("credit_code", .equal, CreditCode.completing("914407841" + String(format: "%08d", firm))!)
                    .first()
                return try row?.decode(column: "revenue_wan", as: Double?.self) ?? nil
            }
            #expect(try await revenue(100) == 100)
            #expect(try await revenue(2_000) == 12_000)
            #expect(try await revenue(3_999) == 13_999)
            #expect(try await EnterpriseYearFigure.query(on: app.db).count() == 4_000)
            #expect(try await Enterprise.query(on: app.db).count() == 4_000)
        }
    }

    @Test("Monthly figures of a firm not in the registry are rejected by row and column; with partial the rest is applied")
    func monthlyUnknownFirm() async throws {
        try await withTestApp { app in
            _ = try await importer(app).run(.figures, data: Data(RegistryTests.goodFile.utf8), fileName: "y.csv", partial: false)
            let unknown = RegistryTests.code(99)
            let file = "credit_code,year,month,revenue_wan,output_wan,tax_wan,electricity_wkwh\n"
                + "\(RegistryTests.code(1)),2024,1,100,100,5,3\n\(unknown),2024,1,50,50,2,1\n"
            await #expect(throws: ImportRejected.self) {
                _ = try await importer(app).run(.monthly, data: Data(file.utf8), fileName: "m.csv", partial: false)
            }
            #expect(try await EnterpriseMonthFigure.query(on: app.db).count() == 0)
            let outcome = try await importer(app).run(.monthly, data: Data(file.utf8), fileName: "m.csv", partial: true)
            #expect(outcome.report.inserted == 1)
            #expect(outcome.report.rejected == 1)
            let issue = try #require(outcome.report.issues.first)
            #expect(issue.row == 3)
            #expect(issue.column == "credit_code")
            #expect(issue.reason.en.contains("not in the registry"))
            let rejects = String(decoding: try #require(outcome.rejectedFile), as: UTF8.self)
            #expect(rejects.contains(unknown))
        }
    }

    struct Stop: Error {}

    @Test("A producer's items arrive in order with its result; a consumer that stops also stops the producer")
    func producer() async throws {
        let numbers = ThreadedProducer<Int, String>(capacity: 2) { send in
            for n in 1...100 { try send(n) }
            return "done"
        }
        var seen: [Int] = []
        #expect(try await numbers.consume { seen.append($0) } == "done")
        #expect(seen == Array(1...100))

        let stopped = StopFlag()
        let endless = ThreadedProducer<Int, Void>(capacity: 2) { send in
            defer { stopped.set() }
            var n = 0
            while true {
                n += 1
                try send(n)
            }
        }
        await #expect(throws: Stop.self) {
            try await endless.consume { n in if n == 3 { throw Stop() } }
        }
        #expect(stopped.wait(seconds: 10), "the producer's thread ends once its consumer stops")

        let failing = ThreadedProducer<Int, Void> { send in
            try send(1)
            throw Stop()
        }
        await #expect(throws: Stop.self) { try await failing.consume { _ in } }
    }

    @Test("The live environment's identifiers are time-ordered version-7 UUIDs, none repeated")
    func timeOrderedUUIDs() {
        let live = AppEnvironment.live()
        let ids = (0..<1_000).map { _ in live.uuid() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.uuid.6 >> 4 == 7)
            #expect(id.uuid.8 >> 6 == 0b10)
        }
        let milliseconds = ids.map { String($0.uuidString.prefix(13)) }
        #expect(milliseconds == milliseconds.sorted(), "made one after another, their times never go back")
    }
}

/// Set once from another thread; waited for with a timeout.
final class StopFlag: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func set() { semaphore.signal() }

    func wait(seconds: Double) -> Bool { semaphore.wait(timeout: .now() + seconds) == .success }
}
