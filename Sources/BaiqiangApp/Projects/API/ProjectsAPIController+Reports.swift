import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/projects/stalled` and `/api/v1/projects/rates`: the stalled lists and the pipeline's
/// rates as the pages show them, over the projects the account may see, names as it may see them.
extension ProjectsAPIController {
    struct StalledEntryView: Content {
        var id: String
        var name: String
        var stage: String
        var daysStalled: Int
        var linkedLeader: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, stage
            case daysStalled = "days_stalled", linkedLeader = "linked_leader", isDemo = "is_demo"
        }
    }

    struct StalledListView: Content {
        var list: String
        var label: BilingualText
        var projects: [StalledEntryView]
    }

    struct StalledView: Content {
        var today: String
        var lists: [StalledListView]
    }

    struct RatesView: Content {
        var signedCount: Int
        var signedValueYi: Double
        var tenYiProjectCount: Int
        var performanceRate: Double?
        var landingRate: Double?
        var startRate: Double?
        var fundsInPlaceRate: Double?
        var productionRate: Double?

        enum CodingKeys: String, CodingKey {
            case signedCount = "signed_count", signedValueYi = "signed_value_yi", tenYiProjectCount = "ten_yi_project_count"
            case performanceRate = "performance_rate", landingRate = "landing_rate", startRate = "start_rate"
            case fundsInPlaceRate = "funds_in_place_rate", productionRate = "production_rate"
        }

        init(_ rates: ProjectRates) {
            signedCount = rates.signedCount
            signedValueYi = rates.signedValueYi
            tenYiProjectCount = rates.tenYiProjectCount
            performanceRate = rates.performanceRate
            landingRate = rates.landingRate
            startRate = rates.startRate
            fundsInPlaceRate = rates.fundsInPlaceRate
            productionRate = rates.productionRate
        }
    }

    struct RatesGroupView: Content {
        /// The year, or the channel, chain or town code.
        var key: String
        var rates: RatesView
    }

    struct RatesReport: Content {
        var total: RatesView
        var byYear: [RatesGroupView]
        var byChannel: [RatesGroupView]
        var byChain: [RatesGroupView]
        var byTown: [RatesGroupView]
        /// Some of the projects counted are demo data (演示数据): so are the figures.
        var includesDemo: Bool

        enum CodingKeys: String, CodingKey {
            case total
            case byYear = "by_year", byChannel = "by_channel", byChain = "by_chain", byTown = "by_town", includesDemo = "includes_demo"
        }
    }

    @Sendable func stalled(_ request: Request) async throws -> StalledView {
        let principal = try request.requirePrincipal()
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let stalled = try await ProjectsStore(db: request.db, principal: principal).stalled(today: today)
        return StalledView(today: today.description, lists: stalled.lists.map { list, entries in
            StalledListView(list: list.rawValue, label: list.label, projects: entries.compactMap { entry in
                guard let id = UUID(uuidString: entry.projectID), let project = stalled.projects[id] else { return nil }
                return StalledEntryView(id: entry.projectID, name: project.shownName(to: principal), stage: entry.stage.rawValue,
                                        daysStalled: entry.daysStalled, linkedLeader: entry.linkedLeader, isDemo: project.isDemo)
            })
        })
    }

    @Sendable func rates(_ request: Request) async throws -> RatesReport {
        let (records, anyDemo) = try await ProjectsStore(db: request.db, principal: try request.requirePrincipal()).rateRecords()
        func groups(_ grouping: ProjectRates.Grouping) -> [RatesGroupView] {
            ProjectRates.grouped(records, by: grouping).sorted { $0.key < $1.key }.map { RatesGroupView(key: $0.key, rates: RatesView($0.value)) }
        }
        return RatesReport(total: RatesView(ProjectRates(records)), byYear: groups(.year), byChannel: groups(.channel),
                           byChain: groups(.chain), byTown: groups(.town), includesDemo: anyDemo)
    }
}
