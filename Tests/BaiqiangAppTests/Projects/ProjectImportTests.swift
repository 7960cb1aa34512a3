import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// A projects file is checked whole and written all or nothing; with `partial` the valid rows are
/// written and the refused ones come back with their reasons.
@Suite("Projects import: row and column errors, all or nothing, --partial")
struct ProjectImportTests {
    static let header = "项目名称,代号,年份,计划投资（亿元）,到资（亿元）,镇街,阶段,阶段日期\n"

    static func importer(_ app: Application) -> ProjectImporter {
        ProjectImporter(writer: app.writer(as: .system), db: app.db)
    }

    @Test("A file with a bad row writes nothing and names each row and column; --partial writes the good rows and returns the bad")
    func allOrNothing() async throws {
        try await withTestApp { app in
            let file = Data((Self.header + """
                导入甲,代号甲,2024,12,3,gonghe,签约,2024-03-01
                导入乙,代号乙,2024,20000,0,gonghe,lead,2024-03-01
                导入丙,代号丙,2024,5,6,gonghe,lead,2024-03-01
                导入甲,代号丁,2024,1,0,gonghe,lead,2024-03-01
                """).utf8)
            let error = await #expect(throws: ProjectInputError.self) {
                try await Self.importer(app).run(file, sheet: nil, partial: false)
            }
            #expect(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["3:investment_yi", "4:funds_in_place_yi", "5:name"])
            #expect(try await Project.query(on: app.db).filter(\.$isDemo == false).count() == 2, "only the published projects")

            let outcome = try await Self.importer(app).run(file, sheet: nil, partial: true)
            #expect(outcome.inserted == 1 && outcome.rejected == 3)
            let rejected = String(decoding: try #require(outcome.rejectedFile), as: UTF8.self)
            #expect(rejected.contains("导入乙") && rejected.contains("万元"))
            let signed = try #require(try await Project.query(on: app.db).filter(\.$name == "导入甲").first())
            #expect(signed.stage == ProjectStage.signed.rawValue && signed.stageSince == "2024-03-01")
        }
    }
}
