import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import projects FILE [--partial] [--sheet NAME]`: what was read, written and
    /// refused, and the refused rows as a CSV file when there are any.
    public func importProjects(_ data: Data, partial: Bool, sheet: String?)
        async throws -> (read: Int, inserted: Int, rejected: Int, rejectedFile: [UInt8]?, issues: [String]) {
        let outcome = try await ProjectImporter(writer: writer, db: app.db).run(data, sheet: sheet, partial: partial)
        return (outcome.read, outcome.inserted, outcome.rejected, outcome.rejectedFile,
                outcome.issues.map { "row \($0.row ?? 0), \($0.column ?? ""): \($0.reason.zh) / \($0.reason.en)" })
    }

    /// Every project of the installation's county as CSV in the import's columns; before signing
    /// a project is named by its codename, as to any account that is not its lead department.
    public func exportProjectsCSV() async throws -> [UInt8] {
        let principal = Principal.countyWide(of: environment.reference.countyCode)
        let store = ProjectsStore(db: app.db, principal: principal)
        let projects = try await store.projects().sort(\.$year).sort(\.$codename).all()
        let rows: [[TableExport.Cell]] = projects.map { project in
            let text = { (value: String?) -> TableExport.Cell in value.map { .text($0) } ?? .empty }
            return [.text(project.shownName(to: principal)), .text(project.codename), .number(Double(project.year)),
                    text(project.shownInvestor(to: principal)), .number(project.investmentYi), .number(project.fundsInPlaceYi),
                    text(project.channel), text(project.townCode), text(project.linkedLeader), text(project.leadDepartmentCode),
                    text(project.creditCode), .text(project.stage), .text(project.stageSince), .text(project.isKey ? "1" : "0"),
                    .text(project.isDemo ? "1" : "0")]
        }
        return try TableExport(header: ProjectImport.Column.allCases.map(\.rawValue) + ["is_demo"], rows: rows).bytes(.csv)
    }
}
