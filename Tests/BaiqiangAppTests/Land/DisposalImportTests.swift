import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// A disposals file is checked whole against the parcels and their disposals: by default one bad
/// row writes nothing and is named by row and column; with `partial` the good rows are written
/// and the bad ones returned with their reasons.
@Suite("Land: disposals imported from a file")
struct DisposalImportTests {
    static let header = "宗地编号,处置方式,处置面积(亩),开始日期,完成日期,状态,责任单位\n"

    static func importer(_ app: Application) -> DisposalImporter {
        DisposalImporter(writer: app.writer(as: .system))
    }

    @Test("One row larger than its parcel refuses the file, naming row and column; --partial writes the rest")
    func allOrNothing() async throws {
        try await withTestApp { app in
            try await LandDisposalPagesTests.parcels(app)
            let file = Data((Self.header
                + "G1,技改提升,15,2024-01-01,2024-06-30,已完成,共和镇\n"
                + "S1,close_down,15.0015,2024-01-01,,推进中,沙坪街道\n"
                + "G1,腾笼换鸟,1,2024-06-30,,,\n").utf8)
            let error = await #expect(throws: ImportRejected.self) {
                try await Self.importer(app).run(file, source: "d.csv", partial: false)
            }
            #expect(error?.issues.map { "\($0.row):\($0.column ?? "")" } == ["3:处置面积(亩)", "4:开始日期"])
            #expect(try await LandDisposal.query(on: app.db).count() == 0)

            let outcome = try await Self.importer(app).run(file, source: "d.csv", partial: true)
            #expect(outcome.report.inserted == 1 && outcome.report.rejected == 2)
            let rejected = String(decoding: try #require(outcome.rejectedFile), as: UTF8.self)
            #expect(rejected.contains("S1,close_down,15.0015") && rejected.contains("处置面积大于宗地面积"))
            #expect(try await LandDisposal.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "land.disposals.imported").count() == 1)
        }
    }

    @Test("Dates of an XLSX file kept as Excel date cells are the days they show")
    func xlsxSerialDates() async throws {
        try await withTestApp { app in
            try await LandDisposalPagesTests.parcels(app)
            var sheet = XLSXWriter()
            sheet.appendRow(Self.header.dropLast().split(separator: ",").map { .text(String($0)) })
            // 45292 is 2024-01-01 and 45473 is 2024-06-30 in Excel's day numbers.
            sheet.appendRow([.text("G1"), .text("技改提升"), .number(15), .integer(45_292), .integer(45_473), .text("已完成"), .text("共和镇")])
            let outcome = try await Self.importer(app).run(Data(try sheet.bytes()), source: "d.xlsx", partial: false)
            #expect(outcome.report.inserted == 1)
            let row = try #require(try await LandDisposal.query(on: app.db).first()?.disposal)
            #expect(row.started.description == "2024-01-01" && row.completed?.description == "2024-06-30")
        }
    }

    @Test("An unknown action or parcel is named by row and column")
    func unknowns() async throws {
        try await withTestApp { app in
            try await LandDisposalPagesTests.parcels(app)
            let file = Data((Self.header + "NOPE,技改提升,1,2024-01-01,,,\nG1,拆掉,1,2024-01-01,,,\n").utf8)
            let error = await #expect(throws: ImportRejected.self) {
                try await Self.importer(app).run(file, source: "d.csv", partial: false)
            }
            #expect(error?.issues.map { "\($0.row):\($0.column ?? "")" } == ["2:宗地编号", "3:处置方式"])
        }
    }

    @Test("The template reads back as a valid file")
    func template() throws {
        let parsed = try DisposalFile.parse(Data(DisposalFile.template))
        #expect(parsed.isClean && parsed.records.first?.record.disposal.action == .technicalUpgrade)
    }
}
