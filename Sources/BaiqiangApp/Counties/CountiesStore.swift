import BaiqiangCore
import Fluent
import Foundation

/// Every read and write of the published figures of the prefecture's county-level units. They
/// are public statistics of the whole prefecture, so every signed-in account of any of its
/// counties reads them; writes are checked by Core and audited, all or nothing.
struct CountiesStore {
    let db: any Database
    /// The prefecture of the asking account's county.
    let prefecture: PrefectureProfile

    /// The store for `county`'s prefecture, or nil when no profile the installation knows lists it.
    init?(db: any Database, county: String) throws {
        guard let profile = try PrefectureProfiles.installed().profile(ofCounty: county) else { return nil }
        self.db = db
        self.prefecture = profile
    }

    /// The figures in force (a corrected one replaced by its correction).
    func currentFigures(indicator: RegionalIndicator? = nil, unit: String? = nil) async throws -> [RegionalFigure] {
        let query = RegionalFigureRow.query(on: db).filter(\.$owner == prefecture.code).filter(\.$isCurrent == true)
        if let indicator { query.filter(\.$indicator == indicator.rawValue) }
        if let unit { query.filter(\.$unitCode == unit) }
        return try await query.all().compactMap(\.figure)
    }

    /// Every figure of one unit ever recorded, the retired ones with who replaced them and why,
    /// newest first within each indicator and period.
    func history(unit: String) async throws -> [(figure: RegionalFigure, isCurrent: Bool, recordedBy: String, recordedAt: Date)] {
        try await RegionalFigureRow.query(on: db).filter(\.$owner == prefecture.code).filter(\.$unitCode == unit)
            .sort(\.$recordedAt, .descending).all()
            .compactMap { row in row.figure.map { ($0, row.isCurrent, row.recordedBy, row.recordedAt) } }
    }

    /// Records `figures` in order, each checked against what is stored and the ones before it;
    /// a correction retires the figure it corrects. One problem anywhere records nothing, unless
    /// `partial`, when the figures that pass are recorded and the others returned with their rows.
    static func record(_ figures: [ImportedFigure], prefecture: PrefectureProfile, partial: Bool = false, fromFile: Bool = false,
                       writer: Writer) async throws -> (recorded: Int, issues: [LocatedIssue], unchanged: Int) {
        let units = Set(prefecture.units.map(\.code))
        return try await recordFigures(figures, in: PrefectureFigures.self, owner: prefecture.code, units: .prefecture,
                                       knownUnits: { _ in units },
                                       names: Dictionary(prefecture.units.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }),
                                       audited: FigureAudit(recorded: .countiesFigureRecorded, corrected: .countiesFigureCorrected,
                                                            entity: .regionalFigures),
                                       partial: partial, fromFile: fromFile, writer: writer)
    }

    /// A figure and the row of the file (or the position in a list) it came from.
    struct ImportedFigure: Sendable {
        var row: Int
        var figure: RegionalFigure
    }

    /// Puts the prefecture's shipped, published figures in an empty table: those of periods over
    /// by the application's today (a clock set in the past has not seen the later ones).
    static func seedDefaults(on db: any Database, county: String, writer: Writer) async throws {
        guard let store = try CountiesStore(db: db, county: county),
              try await RegionalFigureRow.query(on: db).filter(\.$owner == store.prefecture.code).count() == 0 else { return }
        let today = ShanghaiTime.day(of: writer.environment.now)
        let figures = try store.prefecture.defaultFigures().filter { $0.period.isOver(on: today) }.enumerated().map { ImportedFigure(row: $0.offset + 1, figure: $0.element) }
        _ = try await record(figures, prefecture: store.prefecture, writer: writer)
    }
}

/// Figures refused, each with its row, column and reason; nothing was recorded.
struct RegionalFigureInputError: LocatedIssues {
    var locatedIssues: [LocatedIssue]

    var kind: FailureKind { .invalidInput }

    var message: BilingualText {
        BilingualText(zh: locatedIssues.map { "第 \($0.row ?? 0) 行 \($0.column ?? "")：\($0.reason.zh)" }.joined(separator: "；"),
                      en: locatedIssues.map { "Row \($0.row ?? 0) \($0.column ?? ""): \($0.reason.en)" }.joined(separator: "; "))
    }
}
