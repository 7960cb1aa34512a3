import BaiqiangCore
import Fluent
import Foundation

extension CountiesStore {
    /// What a figure write is audited as, in one table or the other.
    struct FigureAudit: Sendable {
        var recorded: AuditAction
        var corrected: AuditAction
        var entity: AuditEntity
    }

    /// The one way regional figures are written, a prefecture unit's or a reference county's.
    /// Inside the writer's audited transaction, Core checks each figure against those in force
    /// of `owner` and those before it (a demo figure blocks nothing: it stands only until a real
    /// one comes); a correction retires the figure it corrects, and the audit keeps both. One
    /// problem anywhere records nothing, unless `partial`, when the figures that pass are
    /// recorded and the others returned with their rows.
    static func recordFigures<Table: RegionalFigureTable>(
        _ figures: [ImportedFigure], in table: Table.Type, owner: String, units: RegionalFigureCheck.Units,
        knownUnits: @escaping @Sendable (any Database) async throws -> Set<String>, names: [String: BilingualText] = [:],
        audited: FigureAudit, partial: Bool, fromFile: Bool = false,
        writer: Writer
    ) async throws -> (recorded: Int, issues: [LocatedIssue], unchanged: Int) {
        let at = writer.environment.now, by = writer.actor.name
        let today = ShanghaiTime.day(of: at)
        return try await writer.transaction { db, audit in
            let known = try await knownUnits(db)
            let stored = try await StoredRegionalFigure<Table>.query(on: db).filter(\.$owner == owner).filter(\.$isCurrent == true).all()
            var rows: [RegionalFigure.Key: StoredRegionalFigure<Table>] = [:]
            for row in stored { if let key = row.figure?.key, rows[key] == nil { rows[key] = row } }
            let real = rows.compactMapValues { row in row.isDemo ? nil : row.figure }
            let screened = RegionalFigureCheck.screen(figures.map { ($0.row, $0.figure) }, knownUnits: known, units: units, today: today,
                                                      existing: real, names: names, leavingRepeats: fromFile)
            guard screened.issues.isEmpty || partial else { throw RegionalFigureInputError(locatedIssues: screened.issues) }
            for figure in screened.accepted {
                let corrected = rows[figure.key]
                if let corrected {
                    corrected.isCurrent = false
                    try await corrected.update(on: db)
                }
                let row = StoredRegionalFigure<Table>(figure, owner: owner, recordedBy: by, at: at)
                try await row.create(on: db)
                rows[figure.key] = row
                try await audit.record(corrected == nil ? audited.recorded : audited.corrected, entity: audited.entity,
                                       id: "\(figure.unitCode)/\(figure.indicator.rawValue)/\(figure.period)",
                                       before: corrected.map(AuditedFigure.init), after: AuditedFigure(figure))
            }
            return (screened.accepted.count, screened.issues, screened.unchanged)
        }
    }
}
