import BaiqiangCore
import Foundation

extension AppSession {
    /// What an import of regional figures did: how many rows were read and recorded, and the
    /// problems of the rows that were not.
    public struct RegionalFiguresOutcome: Sendable {
        public var read: Int
        public var recorded: Int
        /// Rows that repeated the figure in force exactly, left as they were.
        public var unchanged = 0
        public var issues: [String]
    }

    /// `baiqiang import regional-figures FILE [--partial]`: the installation's prefecture's figures.
    public func importRegionalFigures(_ data: Data, partial: Bool, sheet: String?) async throws -> RegionalFiguresOutcome {
        guard let store = try CountiesStore(db: app.db, county: environment.reference.countyCode) else {
            throw RegionalFigureInputError(locatedIssues: [LocatedIssue(row: nil, column: nil, reason: BilingualText(
                zh: "本县所在地市没有区县资料，无法导入", en: "No profile of this county's prefecture ships: nothing can be imported"))])
        }
        let parsed = try RegionalFiguresFile.parse(data, prefecture: store.prefecture, sheet: sheet)
        let fileIssues = parsed.issues.map(\.description)
        guard parsed.isClean || partial else {
            throw RegionalFigureInputError(locatedIssues: parsed.issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) })
        }
        let figures = parsed.records.map { CountiesStore.ImportedFigure(row: $0.row, figure: $0.record) }
        let outcome = try await CountiesStore.record(figures, prefecture: store.prefecture, partial: partial, fromFile: true, writer: writer)
        let checkIssues = outcome.issues.map { issue in
            BilingualText(zh: "第 \(issue.row ?? 0) 行 \(issue.column ?? "")：\(issue.reason.zh)",
                          en: "row \(issue.row ?? 0) \(issue.column ?? ""): \(issue.reason.en)")
        }.map { "\($0.zh) / \($0.en)" }
        return RegionalFiguresOutcome(read: parsed.rowsRead, recorded: outcome.recorded, unchanged: outcome.unchanged, issues: fileIssues + checkIssues)
    }

    /// The regional-figures file's template, a header and one example row.
    public static var regionalFiguresTemplate: String { RegionalFiguresFile.template }
}
