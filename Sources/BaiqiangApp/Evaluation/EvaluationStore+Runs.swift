import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Running the per-mu evaluation and storing it as a new, immutable version. The registry's yearly
/// figures are first written out in the evaluation file format, so a run over the registry and
/// `baiqiang evaluate` over a file go through exactly the same reader and engine, and the
/// stored input digest identifies what was evaluated.
extension EvaluationStore {
    struct Failure: BilingualError {
        let message: BilingualText
    }

    /// A run of the method named (or given as YAML) over the registry's figures of `year`.
    func runOverRegistry(method name: String, methodYAML: String?, year: Int, writer: Writer) async throws -> EvaluationRun {
        let method = try EvaluationMethods.named(name, yaml: methodYAML)
        guard try await EnterpriseYearFigure.query(on: db, county: county).filter(\.$year == year).count() > 0 else {
            throw Failure(message: BilingualText(
                zh: "企业名录中没有 \(year) 年的数据，无法评价", en: "The registry has no figures for \(year) to evaluate"))
        }
        let input = try await registryInput(year: year)
        return try await run(method: method, year: year, input: input, source: "registry", writer: writer)
    }

    /// The registry's figures for `year` as an evaluation input file (CSV bytes). The rows are
    /// read by position and written to the file as they arrive (see `BulkReader`).
    func registryInput(year: Int) async throws -> [UInt8] {
        let measures = YearlyFigure.evaluated
        // Positions in the select list below; the measures follow.
        let creditCode = 0, name = 1, town = 2, industry = 3, startYear = 4, aboveScale = 5, previousAboveScale = 6, firstMeasure = 7
        let query: SQLQueryString = """
            SELECT f.credit_code, e.name, t.code AS town, e.industry_code, e.start_year, f.above_scale,
                   p.above_scale AS previous_above_scale, \(SQLList(measures.map { SQLColumn($0.column, table: "f") }))
            FROM \(ident: EnterpriseYearFigure.schema) f
            JOIN \(ident: Enterprise.schema) e ON e.county_code = f.county_code AND e.credit_code = f.credit_code
            LEFT JOIN \(ident: Town.schema) t ON t.id = e.town_id
            LEFT JOIN \(ident: EnterpriseYearFigure.schema) p
                   ON p.county_code = f.county_code AND p.credit_code = f.credit_code AND p.year = \(bind: year - 1)
            WHERE \(principal.countyCondition("f")) AND f.year = \(bind: year)
            ORDER BY f.credit_code
            """
        var header = CSVWriter()
        for column in EvaluationInputCSV.header { header.field(column) }
        header.endRecord()
        let csv = try await BulkReader(database: db).fold(query, into: header) { csv, cells in
            let above = try cells.bool(aboveScale) ?? false
            let industryCode = try cells.text(industry)
            csv.field(try cells.text(creditCode) ?? "")
            csv.field(try cells.text(name) ?? "")
            csv.field(try cells.text(town) ?? "")
            csv.field(industryCode ?? "")
            csv.field(above ? "above" : "below")
            for (offset, measure) in measures.enumerated() {
                let value = measure.isInteger
                    ? try cells.integer(firstMeasure + offset).map(Double.init)
                    : try cells.real(firstMeasure + offset)
                if let value { csv.field(TableExport.plain(value)) } else { csv.emptyField() }
            }
            if let start = try cells.integer(startYear) { csv.integer(start) } else { csv.emptyField() }
            let flags = FirmFlags.fromRegistry(industryCode: industryCode, aboveScale: above,
                                               previouslyAboveScale: try cells.bool(previousAboveScale))
            csv.field(flags.flags.map(\.rawValue).joined(separator: ";"))
            csv.endRecord()
        }
        return csv.bytes
    }

    /// Evaluates `input` (file bytes) with `method` for `year` and stores the run.
    func run(method: EvaluationMethod, year: Int, input: [UInt8], source: String, writer: Writer) async throws -> EvaluationRun {
        let parsed = try EvaluationInputCSV.read(input)
        let result = EvaluationEngine.evaluate(parsed, method: method, year: year)
        let digest = SHA256Hex.of(input)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let definition = String(decoding: try encoder.encode(method.definition), as: UTF8.self)
        let counts = Dictionary(uniqueKeysWithValues: result.classCounts().map { ($0.key.rawValue, $0.value) })
        let countsJSON = String(decoding: try encoder.encode(counts), as: UTF8.self)
        let summariesJSON = String(decoding: try encoder.encode(result.groups), as: UTF8.self)
        let actor = writer.actor.name, environment = writer.environment, county = writer.countyCode
        return try await writer.transaction { db, audit in
            let version = (try await EvaluationRun.query(on: db, county: county).filter(\.$year == year).max(\.$version) ?? 0) + 1
            let run = EvaluationRun()
            run.countyCode = county
            run.year = year
            run.version = version
            run.methodID = method.id
            run.methodNameZh = method.name.zh
            run.methodNameEn = method.name.en
            run.methodDefinition = definition
            run.source = source
            run.inputDigest = digest
            run.actor = actor
            run.firmCount = result.count
            run.classCounts = countsJSON
            run.groupSummaries = summariesJSON
            try await run.create(on: db)
            let runID = try run.requireID()
            // Each firm's row is made as it is written (by COPY on PostgreSQL), so the million
            // rows are never held at once; a row keeps the firm's facts, not its explanation.
            try await BulkWriter(db).copy(into: EvaluationResultRecord.schema, columns: [
                "id", "county_code", "run_id", "credit_code", "name", "town", "industry", "group_name", "class", "score", "rank", "explanation",
            ], rows: 0..<result.count) { row in
                let firm = result.outcome(row: row)
                return [environment.uuid(), county, runID, firm.creditCode, firm.name, firm.town, firm.industry,
                        firm.scale.rawValue, firm.finalClass.rawValue, firm.score, firm.rank, result.facts(row: row).json]
            }
            try await audit.record(.evaluationRun, entity: .evaluationRun, id: runID.uuidString, before: nil as String?,
                                   after: ["year": "\(year)", "version": "\(version)", "method": method.id, "source": source,
                                           "input_sha256": digest, "firms": "\(result.count)", "classes": countsJSON])
            return run
        }
    }
}
