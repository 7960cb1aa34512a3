import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Every read and write of the evaluation's data. Reads are scoped to the asking account (an
/// enterprise sees its own result only, a town its town's); runs are written through the audited
/// transaction (`EvaluationStore+Runs.swift`). Pages, the API, the plan's KPI and tests call it.
struct EvaluationStore {
    let db: any Database
    let principal: Principal

    /// The county every read is narrowed to: the principal's.
    var county: String { principal.countyCode }

    /// Every run's result for one firm the account may see, newest run first.
    func results(ofFirm code: String) async throws -> [(EvaluationRun, EvaluationResultRecord)] {
        // By run first: results are keyed by run and credit code, and a county has a few runs a year.
        let runs = Dictionary(uniqueKeysWithValues: try await visibleRuns().all().compactMap { run in run.id.map { ($0, run) } })
        guard !runs.isEmpty else { return [] }
        let results = try await EvaluationResultRecord.query(on: db).filter(\.$runID ~~ Array(runs.keys)).scoped(to: principal)
            .filter(\.$creditCode == code).all()
        return results.compactMap { result in runs[result.runID].map { ($0, result) } }
            .sorted { ($0.0.year, $0.0.version) > ($1.0.year, $1.0.version) }
    }

    /// The newest year the registry has figures for: the year a new run is offered for.
    func latestRegistryYear() async throws -> Int? {
        try await EnterpriseYearFigure.query(on: db, county: county).max(\.$year)
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    func runs() async throws -> [EvaluationRun] {
        try await visibleRuns().sort(\.$year, .descending).sort(\.$version, .descending).all()
    }

    func run(_ id: UUID) async throws -> EvaluationRun? {
        try await visibleRuns().filter(\.$id == id).first()
    }

    /// The runs the account may open: an enterprise sees published runs only, since a draft
    /// decides nothing about it; county staff see drafts too.
    private func visibleRuns() -> QueryBuilder<EvaluationRun> {
        let query = EvaluationRun.query(on: db, county: county)
        if principal.role == .enterprise { query.filter(\.$publishedAt != nil) }
        return query
    }

    func results(_ runID: UUID) -> QueryBuilder<EvaluationResultRecord> {
        EvaluationResultRecord.query(on: db).filter(\.$runID == runID).scoped(to: principal)
    }

    func result(_ runID: UUID, creditCode: String) async throws -> EvaluationResultRecord? {
        try await results(runID).filter(\.$creditCode == creditCode.uppercased()).first()
    }

    /// Why the firm got its class: written from its stored facts against the run's method and
    /// group summaries, or, for a run made before those were stored, its stored explanation.
    func explanation(_ record: EvaluationResultRecord, of run: EvaluationRun) -> FirmExplanation? {
        guard let summaries = run.groupSummaries, let facts = FirmFacts(json: record.explanation) else {
            return try? JSONDecoder().decode(FirmExplanation.self, from: Data(record.explanation.utf8))
        }
        guard let definition = try? JSONDecoder().decode(MethodDefinition.self, from: Data(run.methodDefinition.utf8)),
              let method = try? EvaluationMethod(validating: definition),
              let groups = try? JSONDecoder().decode([GroupSummary].self, from: Data(summaries.utf8)),
              let scale = FirmScale(rawValue: record.group),
              let finalClass = EvaluationClass(rawValue: record.evaluationClass) else { return nil }
        let firm = FirmOutcome(creditCode: record.creditCode, name: record.name, town: record.town, industry: record.industry,
                               scale: scale, score: record.score, rank: record.rank, finalClass: finalClass)
        return FirmExplanation(firm: firm, facts: facts, method: method, year: run.year, groups: groups)
    }

    /// Firms per class, and per class within each town or industry division, over the account's scope.
    func classCounts(_ runID: UUID, by column: String? = nil) async throws -> [String: [String: Int]] {
        struct Row: Decodable {
            var key: String?
            var cls: String
            var n: Int
        }
        let keyExpression: SQLQueryString = column == "industry"
            ? "SUBSTR(\(ident: "industry"), 1, 2)" : column == "town" ? "\(ident: "town")" : "''"
        let rows = try await sql.raw("""
            SELECT \(keyExpression) AS key, \(ident: "class") AS cls, COUNT(*) AS n FROM \(ident: EvaluationResultRecord.schema)
            WHERE \(ident: "run_id") = \(bind: runID) \(scopeCondition()) GROUP BY 1, 2
            """).all(decoding: Row.self)
        var counts: [String: [String: Int]] = [:]
        for row in rows { counts[row.key ?? "", default: [:]][row.cls] = row.n }
        return counts
    }

    /// Rated firms per band of twenty score points, the last band open (200 and over): scores
    /// against aggregate benchmarks have a long tail that would otherwise flatten the chart.
    func scoreHistogram(_ runID: UUID) async throws -> [(label: String, count: Int)] {
        struct Row: Decodable {
            var band: Int
            var n: Int
        }
        // The band is the score divided by 20 rounded down. A cast alone truncates on SQLite but
        // rounds on PostgreSQL (99.5 would be band 4 on one and 5 on the other), and SQLite may
        // lack FLOOR, so the cast is corrected where it rounded up.
        let quotient: SQLQueryString = "\(ident: "score") / 20"
        let band: SQLQueryString = "CASE WHEN CAST(\(quotient) AS INTEGER) > \(quotient) THEN CAST(\(quotient) AS INTEGER) - 1 ELSE CAST(\(quotient) AS INTEGER) END"
        let rows = try await sql.raw("""
            SELECT \(band) AS band, COUNT(*) AS n FROM \(ident: EvaluationResultRecord.schema)
            WHERE \(ident: "run_id") = \(bind: runID) AND \(ident: "score") IS NOT NULL \(scopeCondition()) GROUP BY 1 ORDER BY 1
            """).all(decoding: Row.self)
        var bands = [Int](repeating: 0, count: 11)
        for row in rows { bands[min(max(row.band, 0), 10)] += row.n }
        let last = bands.lastIndex { $0 > 0 } ?? 0
        return (0...last).map { band in (band == 10 ? "≥200" : "\(band * 20)–\(band * 20 + 20)", bands[band]) }
    }

    /// `AND` the account's scope (the one `scoped(to:)` applies), for the aggregate queries written in SQL.
    func scopeCondition() -> SQLQueryString {
        "AND \(EvaluationResultRecord.scopeCondition(for: principal))"
    }

    struct Change: Sendable {
        var creditCode: String
        var name: String
        var from: String
        var to: String
    }

    /// Firms whose class differs between two runs (two methods, or two years).
    func compare(_ a: UUID, _ b: UUID) async throws -> (matrix: [String: [String: Int]], changes: [Change]) {
        let left = Dictionary(uniqueKeysWithValues: try await results(a).all().map { ($0.creditCode, $0) })
        let right = try await results(b).all()
        var matrix: [String: [String: Int]] = [:]
        var changes: [Change] = []
        for record in right {
            guard let before = left[record.creditCode] else { continue }
            matrix[before.evaluationClass, default: [:]][record.evaluationClass, default: 0] += 1
            if before.evaluationClass != record.evaluationClass {
                changes.append(Change(creditCode: record.creditCode, name: record.name, from: before.evaluationClass, to: record.evaluationClass))
            }
        }
        return (matrix, changes.sorted { $0.creditCode < $1.creditCode })
    }

    struct ConsecutiveD: Sendable {
        var creditCode: String
        var name: String
        var years: Int
        var surcharge: Double
    }

    /// Firms classed D in the published run of `year` and how many years running (each year's
    /// published run; a year with none breaks the run), with the electricity surcharge tier that
    /// follows from `schedule`. Drafts never count: they decide nothing.
    func consecutiveD(year: Int, schedule: DClassSurcharge = .bundled) async throws -> [ConsecutiveD] {
        let publishedRunByYear = try await publishedRunByYear().compactMapValues(\.id)
        guard let current = publishedRunByYear[year] else { return [] }
        let dFirms = try await results(current).filter(\.$evaluationClass == EvaluationClass.d.rawValue).all()
        let codes = dFirms.map(\.creditCode)
        var history: [String: [Int: EvaluationClass]] = [:]
        for (runYear, runID) in publishedRunByYear where runYear <= year {
            for record in try await results(runID).filter(\.$creditCode ~~ codes).all() {
                history[record.creditCode, default: [:]][runYear] = EvaluationClass(rawValue: record.evaluationClass)
            }
        }
        return dFirms.map { record in
            let years = DClassSurcharge.consecutiveDYears(classesByYear: history[record.creditCode] ?? [:], endingAt: year)
            return ConsecutiveD(creditCode: record.creditCode, name: record.name, years: years,
                                surcharge: schedule.yuanPerKWh(consecutiveYears: years) ?? 0)
        }.sorted { ($0.years, $1.creditCode) > ($1.years, $0.creditCode) }
    }
}
