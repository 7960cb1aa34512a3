import BaiqiangCore
import Vapor

/// `/api/v1/plan/…`: areas, items, KPIs, observations and milestones. Every signed-in role
/// reads; the owning department and admins write.
struct PlanAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.planAreas.components, use: areas)
        api.get(SiteURL.API.planItems.components, use: items)
        api.get(SiteURL.API.planKPIs.components, use: kpis)
        api.get(SiteURL.API.planKPI(code: .placeholder(.code)).components, use: kpi)
        api.post(SiteURL.API.planKPIObservations(code: .placeholder(.code)).components, use: addObservation)
        api.post(SiteURL.API.planObservationReview(code: .placeholder(.code), date: .placeholder(.date), action: .placeholder(.action)).components,
                 use: reviewObservation)
        api.get(SiteURL.API.planMilestones.components, use: milestones)
        api.patch(SiteURL.API.planMilestone(code: .placeholder(.code)).components, use: updateMilestone)
        api.get(SiteURL.API.planReview.components, use: review)
    }

    func snapshot(_ request: Request) async throws -> PlanSnapshot {
        _ = try request.requirePrincipal()
        return try await PlanPagesController.snapshot(request)
    }

    @Sendable func areas(_ request: Request) async throws -> ItemList<PlanAPI.Area> {
        let s = try await snapshot(request)
        return .init(items: s.document.areas.map { area in
            PlanAPI.Area(code: area.code, name: .init(area.name), weight: area.weight, rollUp: .init(s.evaluation.areas[area.code]),
                         lines: area.lines.map { line in
                             PlanAPI.Line(code: line.code, name: .init(line.name), weight: line.weight,
                                          rollUp: .init(s.evaluation.lines[line.code]), items: line.items.map(\.code))
                         })
        })
    }

    @Sendable func items(_ request: Request) async throws -> ItemList<PlanAPI.Item> {
        let s = try await snapshot(request)
        let owner = try? request.query.get(String.self, at: "owner")
        var result: [PlanAPI.Item] = []
        for area in s.document.areas {
            for line in area.lines {
                for item in line.items where owner == nil || item.owner == owner {
                    result.append(PlanAPI.Item(code: item.code, name: .init(item.name), owner: item.owner, weight: item.weight,
                                               area: area.code, line: line.code, rollUp: .init(s.evaluation.items[item.code]),
                                               kpis: item.kpis.map(\.code), milestones: item.milestones.map(\.code)))
                }
            }
        }
        return .init(items: result)
    }

    @Sendable func kpis(_ request: Request) async throws -> ItemList<PlanAPI.KPIView> {
        let s = try await snapshot(request)
        let light = try? request.query.get(String.self, at: "light")
        return .init(items: s.kpiRows.map { PlanAPI.KPIView($0, withObservations: false) }.filter { light == nil || $0.light == light })
    }

    @Sendable func kpi(_ request: Request) async throws -> PlanAPI.KPIView {
        let s = try await snapshot(request)
        guard let row = s.row(try request.parameters.require(.code)) else { throw Abort(.notFound) }
        return PlanAPI.KPIView(row, withObservations: true)
    }

    @Sendable func addObservation(_ request: Request) async throws -> Response {
        let s = try await snapshot(request)
        let code = try request.parameters.require(.code)
        guard let row = s.row(code) else { throw Abort(.notFound) }
        let principal = try request.requirePermission(.writePlan(owner: row.owner))
        let input = try request.content.decode(PlanAPI.NewObservation.self)
        let observation = try PlanEdits.observation(value: String(input.value), date: input.date, source: input.source,
                                                    unit: input.unit, by: principal.username)
        try await PlanEdits.addObservation(observation, to: code, correction: input.reason, plan: request.planSelection,
                                           writer: request.writer, cache: request.application.planCache)
        let updated = try await PlanPagesController.snapshot(request)
        guard let fresh = updated.row(code) else { throw Abort(.notFound) }
        return try await PlanAPI.KPIView(fresh, withObservations: true).encodeResponse(status: .created, for: request)
    }

    /// `withdraw` (the owners, with a reason) or `publish` (the reviewer) the current figure of a date.
    @Sendable func reviewObservation(_ request: Request) async throws -> PlanAPI.KPIView {
        let s = try await snapshot(request)
        let code = try request.parameters.require(.code)
        guard let row = s.row(code),
              let action = PlanEdits.ObservationReview(rawValue: try request.parameters.require(.action)) else { throw Abort(.notFound) }
        _ = try request.requirePermission(action == .publish ? .publishPlanFigures : .writePlan(owner: row.owner))
        let input = try request.content.decode(PlanAPI.ObservationReview.self)
        try await PlanEdits.reviewObservation(action, of: code, date: try request.parameters.require(.date), reason: input.reason,
                                              writer: request.writer, cache: request.application.planCache)
        guard let fresh = try await PlanPagesController.snapshot(request).row(code) else { throw Abort(.notFound) }
        return PlanAPI.KPIView(fresh, withObservations: true)
    }

    @Sendable func milestones(_ request: Request) async throws -> ItemList<PlanAPI.Milestone> {
        let s = try await snapshot(request)
        return .init(items: s.document.allItems.flatMap { item in
            item.milestones.map { m in
                let evaluation = s.evaluation.milestones[m.code]
                return PlanAPI.Milestone(code: m.code, name: .init(m.name), item: item.code, owner: m.owner ?? item.owner,
                                         planned: m.planned.description, actual: m.actual?.description,
                                         status: evaluation?.status.rawValue ?? MilestoneStatus.due.rawValue,
                                         light: evaluation?.light.rawValue ?? PlanLight.grey.rawValue, daysLate: evaluation?.daysLate ?? 0)
            }
        })
    }

    @Sendable func updateMilestone(_ request: Request) async throws -> PlanAPI.Milestone {
        let s = try await snapshot(request)
        let code = try request.parameters.require(.code)
        guard let item = s.document.allItems.first(where: { $0.milestones.contains { $0.code == code } }),
              let milestone = item.milestones.first(where: { $0.code == code }) else { throw Abort(.notFound) }
        _ = try request.requirePermission(.writePlan(owner: milestone.owner ?? item.owner))
        let input = try request.content.decode(PlanAPI.MilestoneUpdate.self)
        try await PlanEdits.setMilestoneActual(code, actual: input.actual ?? "", plan: request.planSelection,
                                               writer: request.writer, cache: request.application.planCache)
        let list = try await milestones(request)
        guard let updated = list.items.first(where: { $0.code == code }) else { throw Abort(.notFound) }
        return updated
    }

    /// The final review of an ended plan; a plan still running has none yet (409).
    @Sendable func review(_ request: Request) async throws -> PlanAPI.Review {
        let s = try await snapshot(request)
        guard let review = s.review else {
            throw PlanReviewNotReady(code: s.document.code, end: s.document.effectivePeriod?.end)
        }
        return PlanAPI.Review(s, review: review)
    }
}
