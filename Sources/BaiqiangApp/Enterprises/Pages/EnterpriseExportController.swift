import BaiqiangCore
import Vapor

/// Export of any filtered registry list as CSV or XLSX, with the same scoping as the page.
struct EnterpriseExportController {
    /// Exports are streamed from the database in pages of this size.
    static let batch = 2_000

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseExport(format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.enterpriseExport(format: "xlsx").components) { try await export($0, .xlsx) }
    }

    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let principal = try request.requirePrincipal()
        let queries = EnterpriseStore(db: request.db, principal: principal)
        let filter = EnterpriseStore.Filter.from(request)
        let english = request.language == .en
        var rows: [[TableExport.Cell]] = []
        var page = PageRequest(after: nil, limit: Self.batch)
        while true {
            let chunk = try await queries.list(filter, page: page)
            for row in chunk.items {
                rows.append([
                    .text(row.creditCode), .text(row.name),
                    row.town.map { .text(english ? $0.nameEn : $0.nameZh) } ?? .empty,
                    row.industryCode.map { .text($0) } ?? .empty,
                    row.latestYear.map { .number(Double($0)) } ?? .empty,
                    row.revenueWan.map { .number($0) } ?? .empty,
                    row.aboveScale.map { .number($0 ? 1 : 0) } ?? .empty,
                    .text((row.designations ?? []).joined(separator: ";")),
                    .number(row.isDemo ? 1 : 0),
                ])
            }
            guard let next = chunk.nextCursor, let after = PageRequest.decode(next) else { break }
            page = PageRequest(after: after, limit: Self.batch)
        }
        let header = ["credit_code", "name", "town", "industry", "latest_year", "revenue_wan", "above_scale", "designations", "is_demo"]
        return try TableExport(header: header, rows: rows).response(format, fileName: "enterprises")
    }
}
