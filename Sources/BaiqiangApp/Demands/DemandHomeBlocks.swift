import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// The demands' part of the home page, read through `DemandStore.query(for:)` and so scoped like
/// the demand list: a leader's overdue demands; a department's or town's open demands, nearest
/// deadline first; a firm's own demands, newest first.
struct DemandHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        let store = DemandStore(db: request.db, environment: request.appEnvironment, county: principal.countyCode)
        let actor = try await store.actor(for: principal)
        let query = store.query(for: principal, actor: actor)
        let categories = store.categories
        switch principal.role {
        case .leader:
            let overdue = try await query.filter(DemandOverdueRule.condition(at: store.now)).all()
            var list = DemandStore.Filter()
            list.overdue = true
            return [.first(Self.byDeadline(overdue, categories), title: "home.demands.overdue", empty: "home.demands.overdue_none",
                           more: SiteURL.demands.path + DemandUI.query(list.queryItems))]
        case .department, .town:
            let open = try await query.filter(DemandOverdueRule.isOpen).all()
            return [.first(Self.byDeadline(open, categories), title: "home.demands.waiting", empty: "home.demands.waiting_none",
                           more: SiteURL.demands.path)]
        case .enterprise:
            let own = try await query.sort(\.$trackingNumber, .descending).limit(HomeBlock.rowLimit + 1).all()
            let items = own.map { demand in
                HomeItem(text: Self.title(demand, categories), href: SiteURL.demand(number: demand.trackingNumber).path,
                         detail: DemandStatus(rawValue: demand.status).map { .bilingual($0.label) })
            }
            return [.first(items, title: "home.demands.own", empty: "home.demands.own_none", more: SiteURL.demands.path)]
        default:
            return []
        }
    }

    /// Open demands by the deadline they have to meet next, the nearest (or most overdue) first.
    static func byDeadline(_ demands: [Demand], _ categories: DemandCategoryCatalog) -> [HomeItem] {
        demands.compactMap { demand -> (Date, HomeItem)? in
            guard let next = try? demand.reportRow().record.nextDeadline else { return nil }
            let time = DemandUI.time(next.deadline)
            let detail = BilingualText(zh: "\(next.milestone.label.zh)时限 \(time)", en: "\(next.milestone.label.en) due \(time)")
            return (next.deadline, HomeItem(text: title(demand, categories), href: SiteURL.demand(number: demand.trackingNumber).path,
                                            detail: .bilingual(detail)))
        }
        .sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// "Tracking number · category".
    static func title(_ demand: Demand, _ categories: DemandCategoryCatalog) -> HomeText {
        let category = categories.category(demand.categoryCode)?.name ?? BilingualText(zh: demand.categoryCode, en: demand.categoryCode)
        return .bilingual(BilingualText(zh: demand.trackingNumber + " · " + category.zh, en: demand.trackingNumber + " · " + category.en))
    }
}
