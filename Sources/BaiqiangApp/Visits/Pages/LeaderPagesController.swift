import BaiqiangCore
import BaiqiangHTML
import Vapor

/// A leader's page: `/leaders/{username}` for anyone signed in to the county (each reads only
/// the firms and projects their role may see), and `/leaders/me` for a signed-in leader.
struct LeaderPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.leaderMe.components, use: me)
        routes.get(SiteURL.leader(username: .placeholder(.username)).components, use: show)
    }

    @Sendable func me(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        guard principal.role == .leader else { throw Abort(.notFound) }
        return try await render(request, username: principal.username)
    }

    @Sendable func show(_ request: Request) async throws -> HTML {
        try await render(request, username: try request.parameters.require(.username))
    }

    func render(_ request: Request, username: String) async throws -> HTML {
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
        let model = LeaderPage.Model(
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
        return LeaderPage.view(model, request.pageContext)
    }
}
