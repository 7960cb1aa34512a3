import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The cultivation ladder page (培育梯队) of the year asked for, by default the latest with figures.
struct LadderPageController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseLadder.components, use: page)
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let latest = try await EnterpriseStore(db: request.db, principal: principal).latestFiguresYear()
        let year = (try? request.query.get(Int.self, at: "year")) ?? latest ?? ShanghaiTime.day(of: request.appEnvironment.now).year
        let firms = try await EnterpriseStore(db: request.db, principal: principal).ladderFirms(years: (year - 1)...year)
        let ladder = CultivationLadder()
        let crossings = ladder.crossings(in: year, among: firms)
        let crossing = Set(crossings.map(\.creditCode))
        let revenue = firms.filter { crossing.contains($0.creditCode) }
            .compactMap { firm in firm.figures(in: year)?[.revenueWan].map { (firm.creditCode, $0) } }
        let model = EnterpriseLadderPage.Model(
            year: year, crossings: crossings, revenueInYear: Dictionary(revenue, uniquingKeysWith: { first, _ in first }),
            candidates: ladder.candidates(after: year, among: firms), board: IPOBoard(firms: firms))
        return EnterpriseLadderPage.view(model, request.pageContext)
    }
}
