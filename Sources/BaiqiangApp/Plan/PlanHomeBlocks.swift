import BaiqiangCore
import Vapor

/// The plan's part of the home page: a leader's targets behind schedule (or, once the plan has
/// ended, those not achieved), and a department's targets with no figure this month.
struct PlanHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        switch principal.role {
        case .leader:
            guard let snapshot = try await Self.currentPlan(request) else { return [] }
            return [snapshot.review == nil ? Self.behind(snapshot) : Self.notAchieved(snapshot)]
        case .department:
            guard let owner = principal.departmentCode, let snapshot = try await Self.currentPlan(request) else { return [] }
            return [Self.missingFigures(snapshot, owner: owner)]
        default:
            return []
        }
    }

    /// The current plan's snapshot; nil when the county has no current plan.
    static func currentPlan(_ request: Request) async throws -> PlanSnapshot? {
        do {
            return try await PlanSnapshotCache.snapshot(request, publishedOnly: false)
        } catch let abort as Abort where abort.status == .notFound {
            return nil
        }
    }

    /// Red targets first, then yellow, each in plan order.
    static func behind(_ snapshot: PlanSnapshot) -> HomeBlock {
        let rows = snapshot.kpiRows.filter { !$0.isMonitoring }
        let items = [PlanLight.red, .yellow].flatMap { light in
            rows.filter { $0.evaluation?.light == light }.map { row in
                HomeItem(text: .bilingual(row.kpi.name), href: snapshot.path(.planKPI(code: row.kpi.code)),
                         detail: snapshot.departmentName(row.owner).map(HomeText.bilingual), light: light,
                         isDemo: row.evaluation?.latest?.provenance.includesDemo ?? false)
            }
        }
        return .first(items, title: "home.plan.behind", empty: "home.plan.behind_none", more: snapshot.path(.plan))
    }

    /// After the plan's end: the targets its final review finds not achieved.
    static func notAchieved(_ snapshot: PlanSnapshot) -> HomeBlock {
        let items = snapshot.kpiRows.compactMap { row -> HomeItem? in
            guard let review = snapshot.review?.kpis[row.kpi.code], review.verdict == .notAchieved else { return nil }
            return HomeItem(text: .bilingual(row.kpi.name), href: snapshot.path(.planKPI(code: row.kpi.code)),
                            detail: .bilingual(KPIVerdict.notAchieved.label), light: .red,
                            isDemo: review.final?.provenance.includesDemo ?? false)
        }
        return .first(items, title: "home.plan.not_achieved", empty: "home.plan.not_achieved_none", more: snapshot.path(.plan))
    }

    /// 本月尚未填报: each links straight to the KPI's entry form.
    static func missingFigures(_ snapshot: PlanSnapshot, owner: String) -> HomeBlock {
        let items = MonthlyFigureReminder.due(in: snapshot.document, owner: owner, today: snapshot.today).map { kpi in
            HomeItem(text: .bilingual(kpi.name), href: snapshot.path(.planKPI(code: kpi.code)) + "#" + PlanKPIParts.entryFormID,
                     detail: .key("home.plan.no_figure_this_month"))
        }
        return .first(items, title: "home.plan.missing", empty: "home.plan.missing_none")
    }
}
