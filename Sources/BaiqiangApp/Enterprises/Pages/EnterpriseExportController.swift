import BaiqiangCore
import Foundation
import Vapor

/// Export of any filtered registry list as CSV or XLSX, with the same scoping as the page: the
/// firms in the enterprise import's columns, and their yearly figures in the yearly-figures
/// import's columns, each with headers in the page's language, so either file imports back.
struct EnterpriseExportController {
    func register(_ routes: any RoutesBuilder) {
        for format in [TableExport.Format.csv, .xlsx] {
            routes.get(SiteURL.enterpriseExport(format: format.rawValue).components) { try await export($0, format) }
            routes.get(SiteURL.enterpriseFiguresExport(format: format.rawValue).components) { try await exportFigures($0, format) }
        }
    }

    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let store = EnterpriseStore(db: request.db, principal: try request.requirePrincipal())
        let firms = try await store.exportedFirms(EnterpriseStore.Filter.from(request))
        let leaders = try await store.leaderUsernames(of: firms)
        return try RegistryExport.firms(firms, leaders: leaders, language: request.language).response(format, fileName: "enterprises")
    }

    func exportFigures(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let store = EnterpriseStore(db: request.db, principal: try request.requirePrincipal())
        let firms = try await store.exportedFirms(EnterpriseStore.Filter.from(request))
        let figures = try await store.exportedFigures(of: firms)
        return try RegistryExport.figures(firms, figures, language: request.language).response(format, fileName: "enterprise-figures")
    }
}

/// The registry as its import files: what a firm's row and a year's row hold, by import column.
enum RegistryExport {
    /// `leaders`: the sign-in names of the linked leader accounts, by account.
    static func firms(_ firms: [Enterprise], leaders: [UUID: String], language: Language) -> TableExport {
        TableExport(spec: EnterpriseIdentityFile.spec, language: language, rows: firms.map { firm in
            var row = identity(firm, language)
            row[EnterpriseIdentityFile.cityLeaderColumn] = leaderCell(id: firm.cityLeaderID, name: firm.cityLeader, leaders)
            row[EnterpriseIdentityFile.townLeaderColumn] = leaderCell(id: firm.townLeaderID, name: firm.townLeader, leaders)
            row["address"] = TableExport.text(firm.address)
            row["longitude"] = TableExport.number(firm.longitude)
            row["latitude"] = TableExport.number(firm.latitude)
            row["contact_name"] = TableExport.text(firm.contactName)
            row["contact_phone"] = TableExport.text(firm.contactPhone)
            return row
        })
    }

    /// A linked leader as the import reads it back (Core's `LeaderChoice.fileCell`).
    static func leaderCell(id: UUID?, name: String?, _ leaders: [UUID: String]) -> TableExport.Cell {
        TableExport.text(LeaderChoice.fileCell(account: id.flatMap { leaders[$0] }, linked: id != nil, name: name))
    }

    /// One row per firm and year with figures.
    static func figures(_ firms: [Enterprise], _ figures: [String: [EnterpriseYearFigures]], language: Language) -> TableExport {
        TableExport(spec: YearlyFiguresFile.spec, language: language, rows: firms.flatMap { firm in
            let base = identity(firm, language)
            return (figures[firm.creditCode] ?? []).map { year in
                var row = base
                row["year"] = .number(Double(year.year))
                for figure in YearlyFigure.allCases { row[figure.column] = TableExport.number(year[figure]) }
                row["above_scale"] = TableExport.flag(year.aboveScale, language)
                return row
            }
        })
    }

    /// What both files say of the firm: who it is, its town by name in the page's language (the
    /// importer reads either name or the code), and whether it is demo data.
    private static func identity(_ firm: Enterprise, _ language: Language) -> [String: TableExport.Cell] {
        [
            "credit_code": .text(firm.creditCode), "name": .text(firm.name),
            "town": TableExport.text(firm.town.map { language == .en ? $0.nameEn : $0.nameZh }),
            "industry": TableExport.text(firm.industryCode),
            EnterpriseIdentityFile.demoColumn.key: TableExport.flag(firm.isDemo, language),
        ]
    }
}
