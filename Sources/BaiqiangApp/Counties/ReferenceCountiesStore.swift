import BaiqiangCore
import Fluent
import Vapor
import Foundation

/// Every read and write of one county's reference counties (对标县), their published figures and
/// its readiness lines (门槛). The county chooses them, so they are the county's rows; writes are
/// checked by Core, audited, all or nothing, and keep what they replace.
struct ReferenceCountiesStore {
    let db: any Database
    let county: String

    /// The reference counties on the list, oldest first, each with its figures in force.
    func counties() async throws -> [ReferenceCounty] {
        let rows = try await ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false)
            .sort(\.$recordedAt).all()
        let figures = try await currentFigures()
        return rows.map { row in row.county(figures: figures.filter { $0.unitCode == row.name }) }
    }

    /// One page of the list in the order of the names, after `after`, each county with its
    /// figures in force (read for the page's counties alone, in one query).
    func counties(after: String?, limit: Int) async throws -> [ReferenceCounty] {
        let query = ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false).sort(\.$name)
        if let after { query.filter(\.$name > after) }
        let rows = try await query.range(..<limit).all()
        guard !rows.isEmpty else { return [] }
        let figures = try await ReferenceFigureRow.query(on: db).inCounty(county).filter(\.$isCurrent == true)
            .filter(\.$unitCode ~~ rows.map(\.name)).all().compactMap(\.figure)
        return rows.map { row in row.county(figures: figures.filter { $0.unitCode == row.name }) }
    }

    /// The county on the list under `name`, with its figures in force; nil when it is not listed.
    func county(named name: String) async throws -> ReferenceCounty? {
        guard let row = try await ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false)
            .filter(\.$name == name).first() else { return nil }
        let figures = try await ReferenceFigureRow.query(on: db).inCounty(county).filter(\.$isCurrent == true)
            .filter(\.$unitCode == name).all().compactMap(\.figure)
        return row.county(figures: figures)
    }

    /// The figures in force of every reference county, listed or not.
    func currentFigures() async throws -> [RegionalFigure] {
        try await ReferenceFigureRow.query(on: db).inCounty(county).filter(\.$isCurrent == true).all().compactMap(\.figure)
    }

    /// The figures a correction replaced, newest first, with who recorded them.
    func retiredFigures() async throws -> [CountyUnitPage.Retired] {
        try await ReferenceFigureRow.query(on: db).inCounty(county).filter(\.$isCurrent == false).sort(\.$recordedAt, .descending)
            .range(..<200).all()
            .compactMap { row in row.figure.map { CountyUnitPage.Retired(figure: $0, recordedBy: row.recordedBy, recordedAt: row.recordedAt) } }
    }

    /// The readiness lines in force, by indicator in its order, then name.
    func thresholds() async throws -> [ReadinessThreshold] {
        let order = Dictionary(uniqueKeysWithValues: RegionalIndicator.allCases.enumerated().map { ($0.element, $0.offset) })
        return try await ReadinessThresholdRow.query(on: db).inCounty(county).filter(\.$isCurrent == true).all().compactMap(\.threshold)
            .sorted { (order[$0.indicator] ?? 0, $0.name.zh) < (order[$1.indicator] ?? 0, $1.name.zh) }
    }

    // MARK: Writes, in the writer's county

    /// Adds a county to the list, or refuses with the field and reason.
    static func add(_ reference: ReferenceCounty, writer: Writer) async throws {
        let county = writer.countyCode, by = writer.actor.name, at = writer.environment.now
        try await writer.transaction { db, audit in
            let listed = try await ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false).all().map(\.name)
            let problems = ReferenceCountyCheck.problems(name: reference.code, province: reference.province, membership: reference.membership.zh,
                                                         existing: Set(listed))
            guard problems.isEmpty else { throw RegionalFigureInputError(problems) }
            let row = ReferenceCountyRow(reference, countyCode: county, recordedBy: by, at: at)
            try await row.create(on: db)
            try await audit.record(.countiesReferenceAdded, entity: .referenceCounty, id: reference.code, before: nil as String?,
                                   after: "\(reference.province) \(reference.code)")
        }
    }

    /// Takes a county off the list; its figures stay stored, no longer shown.
    static func remove(name: String, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            guard let row = try await ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false)
                .filter(\.$name == name).first() else { throw Abort(.notFound) }
            row.isRemoved = true
            try await row.update(on: db)
            try await audit.record(.countiesReferenceRemoved, entity: .referenceCounty, id: name, before: "\(row.province) \(name)",
                                   after: nil as String?)
        }
    }

    /// Records `figures` in order, each checked by Core against what is stored and the ones
    /// before it; a correction retires the figure it corrects. One problem anywhere records
    /// nothing, unless `partial`, when the figures that pass are recorded and the others returned.
    static func record(_ figures: [CountiesStore.ImportedFigure], partial: Bool = false, fromFile: Bool = false,
                       writer: Writer) async throws -> (recorded: Int, issues: [LocatedIssue], unchanged: Int) {
        let county = writer.countyCode
        return try await CountiesStore.recordFigures(
            figures, in: ReferenceCountyFigures.self, owner: county, units: .referenceCounties,
            knownUnits: { db in Set(try await ReferenceCountyRow.query(on: db).inCounty(county).filter(\.$isRemoved == false).all().map(\.name)) },
            audited: .init(recorded: .countiesReferenceFigureRecorded, corrected: .countiesReferenceFigureCorrected, entity: .referenceCounty),
            partial: partial, fromFile: fromFile, writer: writer)
    }

    /// What reading a file of reference-county figures did.
    struct FileOutcome: Sendable {
        var read: Int
        var recorded: Int
        /// Rows that repeated the figure in force exactly (an export read back), left as they were.
        var unchanged: Int
        /// Problems of the file's rows (refused, or with `partial` set aside), by row and column.
        var issues: [LocatedIssue]
    }

    /// Reads a file of figures of the counties on the writer's county's list and records them: the
    /// one path of the page's upload and `baiqiang import reference-figures`, so both leave a
    /// repeated figure as it is and refuse or set aside the same rows. Every row is checked
    /// first; one problem records nothing unless `partial`.
    static func importFile(_ data: Data, partial: Bool, sheet: String? = nil, writer: Writer) async throws -> FileOutcome {
        let counties = try await ReferenceCountiesStore(db: writer.database, county: writer.countyCode).counties()
        let parsed = try ReferenceFiguresFile.parse(data, counties: counties, sheet: sheet)
        let fileIssues = parsed.issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) }
        guard fileIssues.isEmpty || partial else { throw RegionalFigureInputError(locatedIssues: fileIssues) }
        let figures = parsed.records.map { CountiesStore.ImportedFigure(row: $0.row, figure: $0.record) }
        let outcome = try await record(figures, partial: partial, fromFile: true, writer: writer)
        return FileOutcome(read: parsed.rowsRead, recorded: outcome.recorded, unchanged: outcome.unchanged,
                           issues: fileIssues + outcome.issues)
    }

    /// Sets a readiness line: a new one, or a new value or source for the line of the same
    /// indicator and name, the earlier kept as retired.
    static func setThreshold(_ threshold: ReadinessThreshold, writer: Writer) async throws {
        let problems = ReadinessThreshold.problems(threshold)
        guard problems.isEmpty else { throw RegionalFigureInputError(problems) }
        let county = writer.countyCode, by = writer.actor.name, at = writer.environment.now
        try await writer.transaction { db, audit in
            let replaced = try await ReadinessThresholdRow.query(on: db).inCounty(county).filter(\.$isCurrent == true)
                .filter(\.$indicator == threshold.indicator.rawValue).filter(\.$nameZh == threshold.name.zh).first()
            if let replaced {
                replaced.isCurrent = false
                try await replaced.update(on: db)
            }
            try await ReadinessThresholdRow(threshold, countyCode: county, recordedBy: by, at: at).create(on: db)
            try await audit.record(.countiesThresholdSet, entity: .readinessThreshold, id: "\(threshold.indicator.rawValue)/\(threshold.name.zh)",
                                   before: replaced?.threshold.map(AuditedThreshold.init), after: AuditedThreshold(threshold))
        }
    }

    /// Retires the readiness line of `indicator` named `name`.
    static func removeThreshold(indicator: RegionalIndicator, name: String, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            guard let row = try await ReadinessThresholdRow.query(on: db).inCounty(county).filter(\.$isCurrent == true)
                .filter(\.$indicator == indicator.rawValue).filter(\.$nameZh == name).first() else { throw Abort(.notFound) }
            row.isCurrent = false
            try await row.update(on: db)
            try await audit.record(.countiesThresholdRemoved, entity: .readinessThreshold, id: "\(indicator.rawValue)/\(name)",
                                   before: row.threshold.map(AuditedThreshold.init), after: nil as AuditedThreshold?)
        }
    }

    /// Gives a county that has never kept a list the starting one: the published entry
    /// conditions and Guangdong's members of the 2022 list, which it may then edit or remove.
    static func seedDefaults(on db: any Database, writer: Writer) async throws {
        let county = writer.countyCode
        if try await ReadinessThresholdRow.query(on: db).inCounty(county).count() == 0 {
            for threshold in ReadinessThreshold.ccid2024 { try await setThreshold(threshold, writer: writer) }
        }
        if try await ReferenceCountyRow.query(on: db).inCounty(county).count() == 0 {
            for reference in ReferenceCounty.guangdong2022 { try await add(reference, writer: writer) }
        }
    }
}

extension RegionalFigureInputError {
    /// Problems of one entry, not of a file: no row to name, the field for the column.
    init(_ problems: [RegionalFigureCheck.Problem]) {
        self.init(locatedIssues: problems.map { LocatedIssue(row: nil, column: $0.field, reason: $0.reason) })
    }
}

/// What the audit log keeps of a readiness line.
private struct AuditedThreshold: Encodable {
    var value: Double
    var name: String
    var source: String

    init(_ threshold: ReadinessThreshold) {
        value = threshold.value
        name = threshold.name.zh
        source = threshold.citation.text.zh
    }
}
