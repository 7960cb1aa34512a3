import BaiqiangCore
import BaiqiangHTML
import Fluent
import Vapor

/// `/projects/rates`: the pipeline's rates over the projects the account may see.
struct ProjectRatesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.projectsRates.components, use: rates)
    }

    @Sendable func rates(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let (records, anyDemo) = try await ProjectsStore(db: request.db, principal: principal).rateRecords()
        let context = request.pageContext
        let english = context.language == .en
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let townNames = Dictionary(uniqueKeysWithValues: towns.map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        let chains = try await ChainsStore(db: request.db, principal: principal).rows().all()
        let chainNames = Dictionary(uniqueKeysWithValues: chains.map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        func group(_ key: String, _ grouping: ProjectRates.Grouping, label: (String) -> String) -> ProjectRatesPage.Group {
            let rows = ProjectRates.grouped(records, by: grouping).sorted { $0.key < $1.key }.map { (label: label($0.key), rates: $0.value) }
            return ProjectRatesPage.Group(titleKey: key, rows: rows)
        }
        let model = ProjectRatesPage.Model(
            total: ProjectRates(records),
            groups: [
                group("projects.rates_by_year", .year) { $0 },
                group("projects.rates_by_channel", .channel) { code in ProjectChannel(rawValue: code).map { context.t($0.label) } ?? code },
                group("projects.rates_by_chain", .chain) { chainNames[$0] ?? $0 },
                group("projects.rates_by_town", .town) { townNames[$0] ?? $0 },
            ],
            anyDemo: anyDemo)
        return ProjectRatesPage.view(model, context)
    }
}
