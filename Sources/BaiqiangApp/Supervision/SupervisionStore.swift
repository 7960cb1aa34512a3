import BaiqiangCore
import Fluent
import Foundation

/// Every read and write of special supervisors and their reports (特约监督员). Reads of reports
/// are narrowed by Core's `SupervisionReach`: the discipline office reads the county's, a
/// supervisor their own, everyone else none. The yearly summary reads counts only. Writes go
/// through the audited transaction; a filing is audited under the appointment's pseudonym, so the
/// audit log does not name the reporter to those who read it.
struct SupervisionStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }
    var reach: SupervisionReach { SupervisionReach.of(principal.actor) }

    /// The reports the principal may read, or a refusal when it may read none.
    func reports() throws -> QueryBuilder<SupervisionReportRow> {
        let query = SupervisionReportRow.query(on: db, county: county)
        switch reach {
        case .all: return query
        case .filedByReader: return query.filter(\.$reporterID == principal.userID)
        case .nothing:
            throw SupervisionRefusal(message: BilingualText(zh: "只有纪委监委和反映人本人可以查看监督反映",
                                                            en: "Only the discipline office and the supervisor who filed it may read a report"))
        }
    }

    /// The readable reports, newest first, by cursor (`filed_on` and id).
    func list(after: String? = nil, limit: Int) async throws -> [SupervisionReportRow] {
        let query = try reports().sort(\.$filedOn, .descending).sort(\.$id, .descending)
        if let after, let cursor = SupervisionCursor(after) {
            query.group(.or) { older in
                older.filter(\.$filedOn < cursor.date)
                    .group(.and) { $0.filter(\.$filedOn == cursor.date).filter(\.$id < cursor.id) }
            }
        }
        return try await query.limit(limit).all()
    }

    /// One report, nil when it does not exist or is not the principal's to read.
    func report(id: UUID) async throws -> SupervisionReportRow? {
        guard reach != .nothing else { return nil }
        return try await reports().filter(\.$id == id).first()
    }

    /// The principal's own appointment, if it is a supervisor's account.
    func ownAppointment() async throws -> Supervisor? {
        try await Supervisor.query(on: db, county: county).filter(\.$userID == principal.userID).first()
    }

    /// The appointments, for the discipline office.
    func supervisors() async throws -> [Supervisor] {
        try principal.permissions.require(.handleSupervisionReports)
        return try await Supervisor.query(on: db, county: county).sort(\.$termEnd, .descending).sort(\.$name).all()
    }

    /// The names of the supervisors who filed `reports`, for the discipline office only.
    func reporterNames(of reports: [SupervisionReportRow]) async throws -> [UUID: String] {
        guard reach == .all, !reports.isEmpty else { return [:] }
        let ids = Array(Set(reports.map(\.supervisorID)))
        var names: [UUID: String] = [:]
        for row in try await Supervisor.query(on: db, county: county).filter(\.$id ~~ ids).all() {
            if let id = row.id { names[id] = row.name }
        }
        return names
    }

    /// The county's departments and towns as `ConcernedUnit` text, with their names.
    func units() async throws -> [(unit: String, name: BilingualText)] {
        let organisation = OrganisationStore(db: db, county: county)
        let departments = try await Department.query(on: db, county: county).sort(\.$code).all()
        let towns = try await organisation.towns()
        let byDepartment = departments.map { (unit: ConcernedUnit.department($0.code).description, name: BilingualText(zh: $0.nameZh, en: $0.nameEn)) }
        let byTown = towns.map { (unit: ConcernedUnit.town($0.code).description, name: BilingualText(zh: $0.nameZh, en: $0.nameEn)) }
        return byDepartment + byTown
    }

    /// Files a report: the principal must be a supervisor in their term; the draft is checked
    /// whole by Core; nothing is written on any problem.
    func file(_ draft: SupervisionReportDraft, types: SupervisionReportTypes, isDemo: Bool = false, writer: Writer) async throws -> SupervisionReportRow {
        try principal.permissions.require(.fileSupervisionReport)
        let today = PlanDate(shanghai: writer.environment.now), newID = writer.environment.uuid
        let store = self, county = self.county, reporter = principal.userID
        return try await writer.transaction { db, audit in
            let scoped = SupervisionStore(db: db, principal: store.principal)
            guard let appointment = try await scoped.ownAppointment(), let appointmentID = appointment.id else {
                throw SupervisionRefusal(message: BilingualText(zh: "您尚未被聘为特约监督员", en: "You are not appointed as a special supervisor"))
            }
            guard let term = appointment.term else { throw SupervisionRefusal(message: BilingualText(zh: "聘任期无效", en: "The term is not valid")) }
            if let refusal = term.refusal(on: today) { throw refusal }
            let units = Set(try await scoped.units().map(\.unit))
            let issues = draft.issues(types: types, units: units, today: today)
            guard issues.isEmpty else { throw SupervisionInputError(issues: issues) }
            let row = SupervisionReportRow()
            row.id = newID()
            row.countyCode = county
            row.supervisorID = appointmentID
            row.reporterID = reporter
            row.typeCode = draft.typeCode
            row.unit = draft.unit
            row.occurredOn = draft.occurredOn
            row.filedOn = today.description
            row.text = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
            row.status = SupervisionStatus.submitted.rawValue
            row.isDemo = isDemo
            try await row.create(on: db)
            try await audit.acting(as: Self.pseudonym(appointmentID)).record(
                .supervisionReportFile, entity: .supervisionReport, id: try row.requireID().uuidString,
                before: nil as SupervisionReportAuditSnapshot?, after: SupervisionReportAuditSnapshot(row))
            return row
        }
    }

    /// How the audit log names a supervisor filing: by appointment, which only the discipline
    /// office can turn into a person.
    static func pseudonym(_ appointment: UUID) -> AuditActor {
        AuditActor(name: "supervisor:\(appointment.uuidString.lowercased())", role: Role.supervisor.rawValue)
    }

    /// Takes one handling step (accept, investigate, conclude) on a report, as the discipline office.
    func handle(id: UUID, step: SupervisionHandling.Step, on day: PlanDate, writer: Writer) async throws -> SupervisionReportRow {
        try principal.permissions.require(.handleSupervisionReports)
        let store = self
        return try await writer.transaction { db, audit in
            guard let row = try await SupervisionStore(db: db, principal: store.principal).report(id: id) else {
                throw SupervisionNotFound()
            }
            let before = SupervisionReportAuditSnapshot(row)
            guard let filed = PlanDate(row.filedOn) else { throw SupervisionNotFound() }
            row.apply(try row.handling.applying(step, on: day, filedOn: filed))
            try await row.update(on: db)
            try await audit.record(.supervisionReportHandle, entity: .supervisionReport, id: id.uuidString,
                                   before: before, after: SupervisionReportAuditSnapshot(row))
            return row
        }
    }

    /// Appoints (or reappoints) the supervisor account `username` for a term, as the discipline office.
    func appoint(username: String, name: String, unit: String, start: String, end: String, isDemo: Bool = false,
                 writer: Writer) async throws -> Supervisor {
        try principal.permissions.require(.handleSupervisionReports)
        let termIssues = SupervisorTerm.issues(name: name, unit: unit, start: start, end: end)
        let county = self.county, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            var issues = termIssues
            let account = try await User.query(on: db, county: county).filter(\.$username == username)
                .filter(\.$role == .supervisor).first()
            if account == nil {
                issues.append(LocatedIssue(row: nil, column: "username", reason: BilingualText(
                    zh: "“\(username.prefix(60))”不是本县的特约监督员账号", en: "'\(username.prefix(60))' is not a special supervisor account of this county")))
            }
            guard issues.isEmpty, let account, let userID = account.id else { throw SupervisionInputError(issues: issues) }
            let existing = try await Supervisor.query(on: db, county: county).filter(\.$userID == userID).first()
            let row = existing ?? Supervisor()
            let before = existing.map(SupervisorAuditSnapshot.init)
            if existing == nil {
                row.id = newID()
                row.countyCode = county
                row.userID = userID
            }
            row.name = name.trimmingCharacters(in: .whitespaces)
            row.unit = unit.trimmingCharacters(in: .whitespaces)
            row.termStart = start
            row.termEnd = end
            row.isDemo = isDemo
            try await row.save(on: db)
            try await audit.record(.supervisorAppoint, entity: .supervisor, id: username, before: before, after: SupervisorAuditSnapshot(row))
            return row
        }
    }

    /// A year's counts (by type, unit concerned and outcome), for the discipline office and leaders.
    func summary(year: Int, types: SupervisionReportTypes) async throws -> SupervisionSummary {
        try principal.permissions.require(.seeSupervisionSummary)
        return try await Self.summary(on: db, county: county, year: year, types: types)
    }

    /// The department the county profile designates as the discipline office (纪委监委), if any.
    static func disciplineOffice(on db: any Database, county: String) async throws -> Department? {
        try await Department.query(on: db, county: county).all().first { $0.designations.contains(.disciplineOffice) }
    }

    static func hasSupervisors(on db: any Database, county: String) async throws -> Bool {
        try await Supervisor.query(on: db, county: county).count() > 0
    }

    /// Whether any report of the year is demo data: the summary is then labelled 演示数据.
    func yearHasDemo(_ year: Int) async throws -> Bool {
        try await SupervisionReportRow.query(on: db, county: county).filter(\.$isDemo == true)
            .filter(\.$filedOn >= "\(year)-01-01").filter(\.$filedOn <= "\(year)-12-31").count() > 0
    }

    /// The counts of a county's year, reading no column that names a reporter: the CLI's export
    /// (an operator of the installation) and the summary page both come here.
    static func summary(on db: any Database, county: String, year: Int, types: SupervisionReportTypes) async throws -> SupervisionSummary {
        let rows = try await SupervisionReportRow.query(on: db, county: county)
            .filter(\.$filedOn >= "\(year)-01-01").filter(\.$filedOn <= "\(year)-12-31")
            .field(\.$id).field(\.$typeCode).field(\.$unit).field(\.$status).field(\.$outcome).all()
        return SupervisionSummary(year: year, rows: rows.map {
            SupervisionSummary.Row(typeCode: $0.typeCode, unit: $0.unit, status: SupervisionStatus(rawValue: $0.status) ?? .submitted,
                                   outcome: $0.outcome.flatMap(SupervisionOutcome.init(rawValue:)))
        }, types: types)
    }
}

/// A report that does not exist or is not the reader's: the same answer for both.
struct SupervisionNotFound: BilingualError {
    var kind: FailureKind { .notFound }
    var message: BilingualText { BilingualText(zh: "未找到该监督反映", en: "No such supervision report") }
}

/// Where a page of reports ended: the last report's filing day and id.
struct SupervisionCursor {
    var date: String
    var id: UUID

    init?(_ text: String) {
        let parts = text.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2, PlanDate(parts[0]) != nil, let id = UUID(uuidString: parts[1]) else { return nil }
        date = parts[0]
        self.id = id
    }

    static func after(_ row: SupervisionReportRow) -> String? {
        row.id.map { "\(row.filedOn)_\($0.uuidString)" }
    }
}
