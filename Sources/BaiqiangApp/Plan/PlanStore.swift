import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// Reading and changing the county's plan. Every change validates the whole resulting plan
/// (Core's `PlanValidator`), writes it in one audited transaction, and refreshes the cache.
struct PlanStore {
    let db: any Database
    let cache: PlanCache
    /// Today in the county (Asia/Shanghai), the "now" of every plan rule.
    let today: PlanDate
    /// Whose plan: each county has its own.
    var county: String = CountyCode.heshan
    /// The plan asked for by code (`?plan=`); nil for the county's current plan.
    var selection: String? = nil

    /// The selected plan (the current one unless another is asked for), or nil when there is none.
    func current() async throws -> PlanDocument? {
        // A code longer than any plan's names no plan, and is not sent to the database.
        if let selection, !FieldLimits.fits(selection, .code) { return nil }
        var query = PlanRecord.query(on: db, county: county).field(\.$id).field(\.$code).field(\.$version)
        if let selection {
            query = query.filter(\.$code == selection)
        } else {
            query = query.filter(\.$isCurrent == true)
        }
        guard let row = try await query.first() else { return nil }
        return try await document(id: row.id, code: row.code, version: row.version)
    }

    func require() async throws -> PlanDocument {
        guard let plan = try await current() else { throw Abort(.notFound) }
        return plan
    }

    /// Every plan of the county, newest period first: what the plan picker offers.
    func summaries() async throws -> [PlanSummary] {
        let rows = try await PlanRecord.query(on: db, county: county)
            .field(\.$id).field(\.$code).field(\.$version).field(\.$isCurrent).field(\.$isPublished).all()
        var result: [PlanSummary] = []
        for row in rows {
            let document = try await document(id: row.id, code: row.code, version: row.version)
            result.append(PlanSummary(code: row.code, title: document.title, period: document.effectivePeriod,
                                      isCurrent: row.isCurrent, isPublished: row.isPublished))
        }
        return result.sorted { ($0.period?.end.dayNumber ?? 0, $0.code) > ($1.period?.end.dayNumber ?? 0, $1.code) }
    }

    private func document(id: UUID?, code: String, version: Int) async throws -> PlanDocument {
        if let cached = await cache.document(county: county, code: code, version: version) { return cached }
        guard let full = try await PlanRecord.find(id, on: db) else { throw Abort(.notFound) }
        let document = try PlanYAML.read(full.document, now: today)
        await cache.store(document, county: county, code: code, version: full.version)
        return document
    }

    /// Replaces the plan with `document` (already validated): the plan of the same code, else the
    /// current one; the county's first plan becomes its current, published plan. Returns false
    /// when the plan already equals it: importing what was exported changes nothing, not even
    /// the audit log.
    @discardableResult
    static func replace(with document: PlanDocument, writer: Writer, cache: PlanCache, action: AuditAction = .planImport) async throws -> Bool {
        let text = PlanYAML.write(document)
        let county = writer.countyCode
        return try await writer.transaction { db, audit in
            var existing = try await PlanRecord.query(on: db, county: county).filter(\.$code == document.code).first()
            if existing == nil {
                existing = try await PlanRecord.query(on: db, county: county).filter(\.$isCurrent == true).first()
            }
            if let existing, existing.document == text { return false }
            try await ensureDepartments(of: document, county: county, on: db, audit: audit)
            let before = existing?.document
            if let existing {
                existing.code = document.code
                existing.document = text
                existing.version += 1
                try await existing.update(on: db)
            } else {
                let record = PlanRecord(code: document.code, document: text, version: 1, isCurrent: true, isPublished: true)
                record.countyCode = county
                try await record.create(on: db)
            }
            try await audit.record(action, entity: .plan, id: document.code, before: before, after: text)
            await cache.invalidate(county: county)
            return true
        }
    }

    /// Applies one change to a plan (`plan` by code; nil: the current one): `change` edits the
    /// document and names what it changed for the audit log; the result must validate as a whole.
    static func modify(writer: Writer, cache: PlanCache, plan: String? = nil,
                       _ change: @escaping @Sendable (inout PlanDocument) throws -> PlanChange) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let query = PlanRecord.query(on: db, county: county)
            guard let record = try await (plan.map { query.filter(\.$code == $0) } ?? query.filter(\.$isCurrent == true)).first()
            else { throw Abort(.notFound) }
            let today = writer.environment.today
            var document = try PlanYAML.read(record.document, now: today)
            let described = try change(&document)
            let issues = PlanValidator(now: today).issues(in: document)
            guard issues.isEmpty else { throw PlanImportFailure(issues: issues) }
            record.document = PlanYAML.write(document)
            record.version += 1
            try await record.update(on: db)
            try await audit.record(described.action, entity: described.entity, id: described.id,
                                   beforeJSON: described.before, afterJSON: described.after)
            await cache.invalidate(county: county)
        }
    }

    /// Departments a plan names become county departments, so accounts can be bound to them.
    static func ensureDepartments(of document: PlanDocument, county: String, on db: any Database, audit: AuditRecorder) async throws {
        let known = Set(try await Department.query(on: db, county: county).all(\.$code))
        for department in document.departments where !known.contains(department.code) {
            let unit = Department(code: department.code, nameZh: department.name.zh, nameEn: department.name.en,
                                  isDemandCentre: false)
            unit.countyCode = county
            try await unit.create(on: db)
            try await audit.record(.departmentCreate, entity: .department, id: department.code,
                                   before: nil as PlanDepartment?, after: department)
        }
    }

    /// Loads the default plan (Heshan's) on a database that has none.
    static func seedDefault(_ app: Application) async throws {
        guard try await PlanRecord.query(on: app.db, county: app.appEnvironment.reference.countyCode).count() == 0 else { return }
        let document = try DefaultPlan.load(now: app.appEnvironment.today)
        try await replace(with: document, writer: app.writer(as: .system), cache: app.planCache, action: .planLoadDefault)
    }
}

/// What a single plan change did, for the audit log.
struct PlanChange: Sendable {
    var action: AuditAction
    var entity: AuditEntity
    var id: String
    var before: String?
    var after: String?

    init<B: Encodable, A: Encodable>(_ action: AuditAction, entity: AuditEntity, id: String, before: B?, after: A?) {
        self.action = action
        self.entity = entity
        self.id = id
        self.before = before.map(AuditRecorder.json)
        self.after = after.map(AuditRecorder.json)
    }
}

/// The parsed plans, kept between requests until their version changes.
actor PlanCache {
    private var entries: [String: [String: (version: Int, document: PlanDocument)]] = [:]

    func document(county: String, code: String, version: Int) -> PlanDocument? {
        guard let entry = entries[county]?[code], entry.version == version else { return nil }
        return entry.document
    }

    func store(_ document: PlanDocument, county: String, code: String, version: Int) {
        entries[county, default: [:]][code] = (version, document)
    }

    func invalidate(county: String) {
        entries[county] = nil
    }
}

/// A plan as the picker names it.
struct PlanSummary: Sendable {
    var code: String
    var title: BilingualText
    var period: PlanPeriod?
    var isCurrent: Bool
    var isPublished: Bool
}

extension Application {
    private struct PlanCacheKey: StorageKey {
        typealias Value = PlanCache
    }

    var planCache: PlanCache {
        guard let cache = storage[PlanCacheKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installPlanCache() {
        storage[PlanCacheKey.self] = PlanCache()
        installPlanSnapshots()
        installPlanScreenRates()
    }
}

extension Request {
    /// The plan store for the plan this request names (`?plan=CODE`), else the current plan.
    var planStore: PlanStore {
        PlanStore(db: db, cache: application.planCache, today: appEnvironment.today, county: countyCode, selection: planSelection)
    }

    /// The plan code this request asks for (`?plan=CODE`); nil for the current plan.
    var planSelection: String? {
        guard let code = query[String.self, at: "plan"], !code.isEmpty else { return nil }
        return code
    }
}
