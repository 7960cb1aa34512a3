import BaiqiangCore
import Foundation

/// What `baiqiang export KIND` writes as a table: the same file the page's export gives, for the
/// whole of the installation's county, in the columns the matching import reads.
public enum TableExportKind: String, CaseIterable, Sendable {
    case enterprises, figures, projects, parcels
    case regionalFigures = "regional-figures"
    case gridEvents = "grid-events"
}

extension AppSession {
    /// The county's `kind` as CSV (UTF-8 with a BOM) or XLSX, headed in `language`.
    public func exportTable(_ kind: TableExportKind, xlsx: Bool, language: Language) async throws -> [UInt8] {
        let principal = Principal.countyWide(of: environment.reference.countyCode)
        let table: TableExport
        switch kind {
        case .enterprises:
            let store = EnterpriseStore(db: app.db, principal: principal)
            let firms = try await store.exportedFirms(EnterpriseStore.Filter())
            table = RegistryExport.firms(firms, leaders: try await store.leaderUsernames(of: firms), language: language)
        case .figures:
            let store = EnterpriseStore(db: app.db, principal: principal)
            let firms = try await store.exportedFirms(EnterpriseStore.Filter())
            table = RegistryExport.figures(firms, try await store.exportedFigures(of: firms), language: language)
        case .projects:
            let store = ProjectsStore(db: app.db, principal: principal)
            let projects = try await store.exportedProjects(ProjectsStore.Filter())
            table = ProjectExport.table(projects, leaders: try await store.leaderUsernames(of: projects), principal: principal, language: language)
        case .parcels:
            let records = try await LandStore(db: app.db, principal: principal).parcels(LandStore.Filter())
            table = ParcelExport.table(records, language: language)
        case .regionalFigures:
            guard let store = try CountiesStore(db: app.db, county: principal.countyCode) else {
                throw RegionalFigureInputError(locatedIssues: [LocatedIssue(row: nil, column: nil, reason: BilingualText(
                    zh: "本县所在地市没有区县资料，无可导出", en: "No profile of this county's prefecture ships: nothing to export"))])
            }
            table = RegionalFiguresExport.table(try await store.currentFigures(), prefecture: store.prefecture, language: language)
        case .gridEvents:
            let store = GridStore(db: app.db, principal: principal)
            let grids = Dictionary(try await store.allGrids().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            table = GridEventExport.table(try await store.exportedEvents(), grids: grids, language: language)
        }
        return try table.bytes(xlsx ? .xlsx : .csv)
    }

    /// The registry's figures of `year` exactly as an evaluation run over the registry reads them,
    /// in the evaluation file's columns: `baiqiang evaluate` on this file gives that run's classes,
    /// and the file's SHA-256 is the input digest the run stores.
    public func exportEvaluationInput(year: Int) async throws -> [UInt8] {
        let principal = Principal.countyWide(of: environment.reference.countyCode)
        return try await EvaluationStore(db: app.db, principal: principal).registryInput(year: year)
    }
}
