import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The demand list of every role (an enterprise's own demands, a department's queue, the
/// centre's whole queue, the overdue list) and its export as CSV or XLSX.
struct DemandPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demands.components, use: list)
        routes.get(SiteURL.demandExport(format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.demandExport(format: "xlsx").components) { try await export($0, .xlsx) }
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        let filter: DemandStore.Filter
        do {
            filter = try DemandStore.Filter(request)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderList(context, filter: .init(), error: request.t(error.message), status: .badRequest)
        }
        return try await renderList(context, filter: filter, error: nil, status: .ok)
    }

    func renderList(_ context: DemandControllerRequest, filter: DemandStore.Filter, error: String?, status: HTTPStatus) async throws -> Response {
        let request = context.request
        let page = try await context.service.list(filter, page: try PageRequest(request), principal: context.principal, actor: context.actor)
        let service = context.service
        let model = DemandListPage.Model(filter: filter, demands: page.items, next: page.next, actor: context.actor,
                                         now: request.appEnvironment.nowToTheSecond, error: error,
                                         departments: try await service.departments(), towns: try await service.towns(),
                                         enterpriseNames: try await service.enterpriseNames(page.items.map(\.enterpriseCode)))
        return try await HTMLPage(status: status, html: DemandListPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    /// Any filtered list as a file, through the platform's `TableExport` (CSV or XLSX).
    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        let service = context.service
        let rows = try await service.all(try DemandStore.Filter(request), principal: context.principal, actor: context.actor)
        let names = DemandExport.Names(
            categories: service.categories, enterprises: try await service.enterpriseNames(rows.map(\.enterpriseCode)),
            towns: Dictionary(try await service.towns().map { ($0.code, BilingualText(zh: $0.nameZh, en: $0.nameEn)) }) { first, _ in first },
            departments: Dictionary(try await service.departments().map { ($0.code, BilingualText(zh: $0.nameZh, en: $0.nameEn)) }) { first, _ in first })
        return try DemandExport.table(rows, names: names, now: request.appEnvironment.nowToTheSecond, headers: TableExport.Headers(request))
            .response(format, fileName: "demands")
    }
}
