import BaiqiangCore
import Fluent
import Foundation
import Vapor
@testable import BaiqiangApp

/// Projects written the way the product writes them, and the principals that read them.
enum ProjectFixture {
    static func day(_ text: String) -> PlanDate { PlanDate(text)! }

    static func record(_ name: String, codename: String = "代号A", year: Int = 2024, investmentYi: Double = 12,
                       fundsYi: Double = 0, town: String? = "gonghe", lead: String? = "tcj") -> ProjectRecord {
        ProjectRecord(name: name, codename: codename, year: year, investmentYi: investmentYi, fundsInPlaceYi: fundsYi,
                      investor: "某投资方", leadDepartmentCode: lead, townCode: town)
    }

    /// Creates one project at `stage` since `since`, returning its id.
    @discardableResult
    static func project(_ app: Application, _ record: ProjectRecord, stage: ProjectStage = .negotiating,
                        since: String = "2024-01-10", county: String? = nil) async throws -> UUID {
        var writer = app.writer(as: .system)
        if let county { writer = writer.inCounty(county) }
        let entry = ProjectEntry(record: record, history: ProjectStageHistory(start: stage, on: day(since)))
        return try require(try await ProjectsStore.create([entry], isDemo: false, writer: writer).first)
    }

    static func principal(_ app: Application, _ username: String) async throws -> Principal {
        let user = try require(try await User.query(on: app.db).filter(\.$username == username).first())
        return try await Principal.load(user, channel: .session, csrfToken: nil, on: app.db)
    }

    static func store(_ app: Application, _ username: String) async throws -> ProjectsStore {
        ProjectsStore(db: app.db, principal: try await principal(app, username))
    }

    static func writer(_ app: Application, _ username: String) -> Writer {
        app.writer(as: AuditActor(name: username, role: "test"))
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw Abort(.internalServerError, reason: "missing") }
    return value
}
