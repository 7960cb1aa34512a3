import BaiqiangCore
import BaiqiangHTML
import Vapor

/// A leader's page: `/leaders/{username}` for anyone signed in to the county (each reads only
/// the firms and projects their role may see), and `/leaders/me` for a signed-in leader.
struct LeaderPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.leaderMe.components, use: me)
        routes.get(SiteURL.leader(username: .placeholder(.username)).components, use: show)
        routes.post(SiteURL.leaderVisits(username: .placeholder(.username)).components, use: recordVisit)
        routes.post(SiteURL.visitDemand(id: .placeholder(.id)).components, use: raiseDemand)
    }

    @Sendable func me(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard principal.role == .leader else { throw Abort(.notFound) }
        return try await render(request, username: principal.username)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, username: try request.parameters.require(.username))
    }

    struct VisitForm: Content {
        var creditCode: String?
        var date: String?
        var participants: String?
        var firmSaid: String?
        var flags: Set<RiskFlag>

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: EnterpriseEditController.Form.AnyKey.self)
            func text(_ key: String) -> String? { (try? container.decode(String.self, forKey: .init(key))).nonEmpty }
            creditCode = text("credit_code")
            date = text("date")
            participants = text("participants")
            firmSaid = text("firm_said")
            flags = Set(RiskFlag.allCases.filter { text("flag_\($0.rawValue)") != nil })
        }

        func encode(to encoder: any Encoder) throws {}
    }

    @Sendable func recordVisit(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let username = try request.parameters.require(.username)
        let form = try request.content.decode(VisitForm.self)
        do {
            let date = try PlanDate.required(form.date ?? "", field: "date")
            let record = VisitRecord(creditCode: form.creditCode ?? "", leaderUsername: username, date: date,
                                     participants: form.participants, firmSaid: form.firmSaid, flags: form.flags)
            try await VisitsStore(db: request.db, principal: principal).record([record], writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, username: username, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.leader(username: username).path)
    }

    struct DemandForm: Content {
        var category: String?
        var description: String?
    }

    @Sendable func raiseDemand(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw Abort(.notFound) }
        let store = VisitsStore(db: request.db, principal: principal)
        guard let visit = try await store.visit(id: id) else { throw Abort(.notFound) }
        let leader = try await AccountStore(db: request.db).accounts(ids: [visit.leaderID], in: principal.countyCode)[visit.leaderID]
        let form = try request.content.decode(DemandForm.self)
        do {
            _ = try await store.raiseDemand(fromVisit: id, categoryCode: form.category ?? "", description: form.description ?? "",
                                            writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            guard let leader else { throw error }
            return try await render(request, username: leader.username, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: leader.map { SiteURL.leader(username: $0.username).path } ?? SiteURL.demands.path)
    }

    func render(_ request: Request, username: String, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let leader: User
        do {
            // Another county's leader, or an account that is not a leader, is as unknown as none.
            leader = try await AccountStore(db: request.db).leader(username: username, in: principal.countyCode)
        } catch is UnknownLeader {
            throw Abort(.notFound)
        }
        let id = try leader.requireID(), name = leader.displayName
        let page = { (key: String) in max(1, (try? request.query.get(Int.self, at: key)) ?? 1) }
        let enterprises = EnterpriseStore(db: request.db, principal: principal)
        var firms = try await enterprises.linkedFirms(to: id, named: name, page: page("firms_page"), pageSize: LeaderPage.pageSize)
        let firmsPage = min(page("firms_page"), LeaderPage.pageCount(firms.total))
        if firmsPage != page("firms_page") {
            firms = try await enterprises.linkedFirms(to: id, named: name, page: firmsPage, pageSize: LeaderPage.pageSize)
        }
        let projectStore = ProjectsStore(db: request.db, principal: principal)
        var projects = try await projectStore.linkedProjects(to: id, named: name, page: page("projects_page"), pageSize: LeaderPage.pageSize)
        let projectsPage = min(page("projects_page"), LeaderPage.pageCount(projects.total))
        if projectsPage != page("projects_page") {
            projects = try await projectStore.linkedProjects(to: id, named: name, page: projectsPage, pageSize: LeaderPage.pageSize)
        }
        let classes = try await EvaluationStore(db: request.db, principal: principal)
            .latestPublishedClasses(of: firms.firms.map(\.firm.creditCode))
        let assessments = try await ProjectsAPIController.assess(projects.projects, store: projectStore, request: request)
        let english = request.pageContext.language == .en
        var model = LeaderPage.Model(
            username: leader.username, displayName: name,
            firms: firms.firms.map { linked in
                LeaderPage.FirmRow(creditCode: linked.firm.creditCode, name: linked.firm.name,
                                   town: linked.firm.town.map { english ? $0.nameEn : $0.nameZh },
                                   asCityLeader: linked.asCityLeader, asTownLeader: linked.asTownLeader,
                                   evaluationClass: classes?.classes[linked.firm.creditCode],
                                   outputYear: linked.outputYear, outputWan: linked.outputWan, isDemo: linked.firm.isDemo)
            },
            firmsTotal: firms.total, firmsPage: firmsPage,
            projects: projects.projects.compactMap { project in
                project.id.map { LeaderPage.ProjectRow(id: $0, name: project.shownName(to: principal), stage: project.currentStage,
                                                       light: assessments[$0]?.light, isDemo: project.isDemo) }
            },
            projectsTotal: projects.total, projectsPage: projectsPage, evaluationYear: classes?.year)
        try await addVisits(to: &model, leader: leader, firms: firms.firms, request: request)
        model.error = error
        return try await HTMLPage(status: status, html: LeaderPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    /// Each firm's last visit, whether it is overdue for this leader, its last risks and open
    /// demands; the leader's recent visits; and whether the reader may record more.
    func addVisits(to model: inout LeaderPage.Model, leader: User, firms: [EnterpriseStore.LinkedFirm], request: Request) async throws {
        let principal = try request.requirePrincipal()
        let visits = VisitsStore(db: request.db, principal: principal)
        let plan = try await visits.plan()
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let ids = firms.compactMap(\.firm.id)
        let last = try await visits.lastVisits(of: ids)
        let earliest = LeaderTier.allCases.map { plan.countsFrom($0, today: today) }.min() ?? today
        let days = try await visits.visitDays(of: ids, from: earliest, through: today)
        let open = try await DemandStore(db: request.db, environment: request.appEnvironment, county: principal.countyCode)
            .openDemandCounts(of: ids, for: principal)
        for index in model.firms.indices {
            guard let id = firms[index].firm.id else { continue }
            let visit = last[id]
            // A firm this leader holds as both its city and its town leader owes both quotas.
            let tiers = [firms[index].asCityLeader ? LeaderTier.city : nil, firms[index].asTownLeader ? LeaderTier.town : nil].compactMap { $0 }
            let standings = tiers.map { plan.standing(visitDays: days[id] ?? [], tier: $0, today: today) }
            model.firms[index].lastVisit = visit?.date
            model.firms[index].overdue = standings.contains(where: \.isOverdue)
            model.firms[index].visitsThisPeriod = standings.first.map { ($0.visitsThisPeriod, $0.quota) }
            model.firms[index].flags = visit.map { $0.flags.sorted() } ?? []
            model.firms[index].openDemands = open[id] ?? 0
        }
        let recent = try await visits.list(leader: try leader.requireID(), limit: 10)
        let names = Dictionary(firms.map { ($0.firm.creditCode, $0.firm.name) }, uniquingKeysWith: { first, _ in first })
        model.recentVisits = recent.compactMap { visit in
            visit.id.map { LeaderPage.VisitRow(id: $0, firmName: names[visit.creditCode] ?? visit.creditCode, date: visit.visitDate,
                                               flags: visit.flags.sorted(), firmSaid: visit.firmSaid, demandNumber: visit.demandNumber,
                                               isDemo: visit.isDemo) }
        }
        model.mayRecord = principal.permissions.allows(.recordVisits)
            && VisitAuthorship.refusal(role: principal.role, username: principal.username, leader: leader.username) == nil
        model.categories = request.appEnvironment.reference.demandCategories.categories.map { ($0.code, $0.name) }
        model.today = today.description
    }
}
