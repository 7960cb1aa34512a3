import BaiqiangCore
import Fluent
import Vapor

/// The registry's part of the home page, read through the scoped registry: the firms linked to a
/// leader (挂钩联系: their city or town leader is the account's display name), and a town's firms
/// near a ladder step (the ladder's candidates, e.g. 小升规).
struct EnterpriseHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        let store = EnterpriseStore(db: request.db, principal: principal)
        switch principal.role {
        case .leader:
            let firms = try await store.linkedFirms(to: principal.userID, named: principal.displayName)
            let items = firms.map { firm in
                HomeItem(text: .plain(firm.name), href: SiteURL.enterprise(creditCode: firm.creditCode).path, isDemo: firm.isDemo)
            }
            return [.first(items, title: "home.enterprises.linked", empty: "home.enterprises.linked_none")]
        case .town:
            guard let year = try await store.latestFiguresYear() else {
                return [HomeBlock(title: "home.enterprises.candidates", items: [], empty: "home.enterprises.candidates_none")]
            }
            let candidates = CultivationLadder().candidates(after: year, among: try await store.ladderFirms(years: (year - 1)...year))
                .sorted { ($0.step, -$0.revenueWan) < ($1.step, -$1.revenueWan) }
            let demo = try await store.demoCodes(among: candidates.map(\.creditCode))
            let items = candidates.map { candidate in
                HomeItem(text: .plain(candidate.name), href: SiteURL.enterprise(creditCode: candidate.creditCode).path,
                         detail: .bilingual(BilingualText(zh: "\(candidate.step.name.zh) · \(candidate.targetYear)",
                                                           en: "\(candidate.step.name.en) · \(candidate.targetYear)")),
                         isDemo: demo.contains(candidate.creditCode))
            }
            return [.first(items, title: "home.enterprises.candidates", empty: "home.enterprises.candidates_none",
                           more: SiteURL.enterpriseLadder.path)]
        default:
            return []
        }
    }
}
