import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/land/towns`: the towns ranked by low-efficiency land disposed in the plan's window, and
/// the same table as CSV. Counted as the plan's `land.low_efficiency_disposed_ha` is counted.
struct LandTownsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.landTowns.components, use: page)
        routes.get(SiteURL.landTownsExport(format: "csv").components, use: export)
    }

    func model(_ request: Request) async throws -> LandTownsPage.Model {
        let principal = try request.requirePrincipal()
        let today = ShanghaiTime.day(of: request.appEnvironment.now)
        let kpi = try? await request.planStore.require().allKPIs.first { $0.provider == LandKPIProvider.disposedKey }
        let window = TownDisposalRanking.window(baseline: kpi.flatMap(LandKPIProvider.baseline), asOf: today)
        let land = LandStore(db: request.db, principal: principal)
        let (inputs, hasDemo) = try await land.townRankingInputs(rules: try await land.rules(), on: today)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let context = request.pageContext
        let names = Dictionary(towns.map { ($0.code, LandTownName($0).name(context)) }, uniquingKeysWith: { first, _ in first })
        let sort = (try? request.query.get(String.self, at: "sort")).flatMap(LandTownsPage.SortKey.init(rawValue:)) ?? .rank
        let rows = TownDisposalRanking.rank(inputs, window: window).sorted { sort.ordered($0, $1, names: names) }
        return LandTownsPage.Model(rows: rows, names: names, window: window, sort: sort, hasDemo: hasDemo)
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        LandTownsPage.view(try await model(request), request.pageContext)
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        let model = try await model(request)
        let noTown = request.t("land.towns.no_town")
        var rows: [[TableExport.Cell]] = model.rows.map { row in
            [.number(Double(row.rank)), .text(LandTownsPage.name(row, model.names, noTown: noTown)), .number(Double(row.parcelCount)),
             .number(Self.rounded(row.areaHectares)), .number(Self.rounded(row.lowEfficiencyHectares)),
             .number(Self.rounded(row.completedHectares)), .number(Self.rounded(row.inProgressHectares)),
             row.disposedShare.map { .number(Self.rounded($0 * 100)) } ?? .empty]
        }
        if model.hasDemo { rows.append([.text(request.t("common.demo"))]) }
        return try TableExport(header: ["rank", "town", "parcels", "area_ha", "low_efficiency_ha", "completed_ha", "in_progress_ha",
                                        "disposed_share_percent"], rows: rows).response(.csv, fileName: "land-towns")
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
