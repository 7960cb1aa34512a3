import BaiqiangCore
import Fluent
import Foundation

extension VisitsStore {
    /// A visit as the export writes it: the visit with its firm's name and town and its leader's
    /// account name, looked up in batches.
    struct ExportedVisit: Sendable {
        var visit: Visit
        var firmName: String
        var town: Town?
        var leaderUsername: String
    }

    /// The visits the principal may see, oldest first, optionally of one calendar year.
    func exportedVisits(year: Int? = nil) async throws -> [ExportedVisit] {
        let query = visits().sort(\.$visitDate).sort(\.$creditCode).sort(\.$id)
        if let year {
            query.filter(\.$visitDate >= "\(year)-01-01").filter(\.$visitDate <= "\(year)-12-31")
        }
        let rows = try await query.all()
        var firms: [UUID: Enterprise] = [:]
        for chunk in Array(Set(rows.map(\.enterpriseID))).chunked(500) {
            for firm in try await Enterprise.query(on: db).scoped(to: principal).filter(\.$id ~~ Array(chunk)).with(\.$town).all() {
                if let id = firm.id { firms[id] = firm }
            }
        }
        let leaders = try await AccountStore(db: db).accounts(ids: Array(Set(rows.map(\.leaderID))), in: county)
        return rows.map { visit in
            let firm = firms[visit.enterpriseID]
            return ExportedVisit(visit: visit, firmName: firm?.name ?? "", town: firm?.town,
                                 leaderUsername: leaders[visit.leaderID]?.username ?? "")
        }
    }

    /// Imports a visits file's rows all or none, in one audited transaction: every row is
    /// checked as a visit recorded on the page is (`VisitCheck`, the firm within reach, the
    /// leader an account of the county), and a visit already recorded (the same firm, leader
    /// and day) is refused rather than written twice, so importing a file again changes nothing.
    @discardableResult
    func importVisits(_ rows: [ImportedRow<VisitsFileRow>], writer: Writer) async throws -> [Visit] {
        try principal.permissions.require(.recordVisits)
        let today = PlanDate(shanghai: writer.environment.now), county = self.county, newID = writer.environment.uuid
        let store = self
        return try await writer.transaction { db, audit in
            let records = rows.map(\.record.record)
            let checked = try await store.problems(records, rows: rows.map(\.row), today: today, on: db)
            var issues = checked.issues
            let firmIDs = checked.firms.values.compactMap(\.id)
            var recorded: Set<String> = []
            for chunk in firmIDs.chunked(500) {
                for visit in try await Visit.query(on: db, county: county).filter(\.$enterpriseID ~~ Array(chunk)).all() {
                    recorded.insert("\(visit.enterpriseID.uuidString)/\(visit.leaderID.uuidString)/\(visit.visitDate)")
                }
            }
            for row in rows {
                guard let firm = checked.firms[row.record.record.creditCode.uppercased()]?.id,
                      let leader = checked.leaders[row.record.record.leaderUsername]?.id else { continue }
                if recorded.contains("\(firm.uuidString)/\(leader.uuidString)/\(row.record.record.date)") {
                    issues.append(LocatedIssue(row: row.row, column: "date", reason: BilingualText(
                        zh: "这次走访已登记（同一企业、领导和日期）", en: "this visit is already recorded (same firm, leader and day)")))
                }
            }
            guard issues.isEmpty else { throw InputError(issues: issues.sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
            return try await store.insert(rows.map { ($0.record.record, $0.record.isDemo) }, checked: checked, action: .visitImport,
                                          county: county, newID: newID, db: db, audit: audit)
        }
    }
}
