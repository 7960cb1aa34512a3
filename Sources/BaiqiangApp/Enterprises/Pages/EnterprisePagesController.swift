import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The registry pages: a searchable, filterable, paginated list and a firm's page, scoped by role.
struct EnterprisePagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterprises.components, use: list)
        routes.get(SiteURL.enterprise(creditCode: .placeholder(.creditCode)).components, use: show)
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let filter = EnterpriseStore.Filter.from(request)
        let queries = EnterpriseStore(db: request.db, principal: principal)
        let page = try await queries.list(filter, page: PageRequest(request))
        let model = EnterpriseListPage.Model(filter: filter, rows: page.items, nextCursor: page.nextCursor,
                                             total: try await queries.count(filter), towns: try await queries.towns())
        return EnterpriseListPage.view(model, request.pageContext)
    }

    @Sendable func show(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require(.creditCode)
        let store = EnterpriseStore(db: request.db, principal: principal)
        guard let firm = try await store.find(creditCode: code) else { throw Abort(.notFound) }
        let land = LandStore(db: request.db, principal: principal)
        let parcels = try await land.heldParcels(by: firm.creditCode, rules: try await land.rules(),
                                                 on: ShanghaiTime.day(of: request.appEnvironment.now))
        let context = request.pageContext
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let model = EnterpriseProfilePage.Model(
            firm: firm, figures: try await store.figures(of: firm), designations: try await store.designations(of: firm.creditCode),
            evaluations: try await EvaluationStore(db: request.db, principal: principal).publishedResults(ofFirm: firm.creditCode),
            parcels: parcels,
            townNames: Dictionary(towns.map { ($0.code, LandTownName($0).name(context)) }, uniquingKeysWith: { first, _ in first }),
            linkedLeaders: try await AccountStore(db: request.db)
                .accounts(ids: [firm.cityLeaderID, firm.townLeaderID].compactMap { $0 }, in: principal.countyCode).compactMapValues { try? LeaderOption($0) })
        return EnterpriseProfilePage.view(model, request.pageContext)
    }
}
