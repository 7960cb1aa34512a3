import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import reference-figures FILE [--county C] [--partial]`: figures of the reference
    /// counties on a county's list (the installation's county unless named), through the store's
    /// one file path, which the page's upload takes too: every row checked first, all or nothing
    /// unless `partial`, a repeated figure left as it is, audited.
    public func importReferenceFigures(_ data: Data, county: String?, partial: Bool, sheet: String?) async throws -> RegionalFiguresOutcome {
        let county = try await chainCounty(county)
        let outcome = try await ReferenceCountiesStore.importFile(data, partial: partial, sheet: sheet, writer: writer.inCounty(county))
        return RegionalFiguresOutcome(read: outcome.read, recorded: outcome.recorded, unchanged: outcome.unchanged,
                                      issues: outcome.issues.map { issue in
            "第 \(issue.row ?? 0) 行 \(issue.column ?? "")：\(issue.reason.zh) / row \(issue.row ?? 0) \(issue.column ?? ""): \(issue.reason.en)"
        })
    }

    /// `baiqiang export reference-figures FILE [--county C]`: the figures in force of the counties
    /// on the list, as CSV in the file's English columns, which `import reference-figures` reads
    /// back as the same figures.
    public func exportReferenceFigures(county: String?) async throws -> [UInt8] {
        let county = try await chainCounty(county)
        let counties = try await ReferenceCountiesStore(db: app.db, county: county).counties()
        let order = Dictionary(uniqueKeysWithValues: RegionalIndicator.allCases.enumerated().map { ($0.element, $0.offset) })
        let rows: [[TableExport.Cell]] = counties.flatMap { reference in
            reference.figures.sorted { (order[$0.indicator] ?? 0, $0.period) < (order[$1.indicator] ?? 0, $1.period) }.map { figure in
                func text(_ value: String?) -> TableExport.Cell { value.map { .text($0) } ?? .empty }
                func number(_ value: Double?) -> TableExport.Cell { value.map { .number($0) } ?? .empty }
                return [.text(reference.code), .text(figure.indicator.rawValue), .text(figure.period.description), number(figure.value),
                        number(figure.growthPercent), text(figure.citation?.publisher), text(figure.citation?.title), text(figure.citation?.date),
                        text(figure.citation?.address), .text(figure.citation?.readFromCopy == true ? "true" : "false"), text(figure.correctionReason)]
            }
        }
        return try TableExport(header: ReferenceFiguresFile.spec.englishHeader, rows: rows).bytes(.csv)
    }
}
