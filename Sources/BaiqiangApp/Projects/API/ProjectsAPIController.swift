import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/projects`: the pipeline by cursor with the page's filters, one project with its
/// history, milestones and light, and the stage change. Reads and names are scoped like the pages.
struct ProjectsAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.projects.components, use: list)
        api.get(SiteURL.API.projectsStalled.components, use: stalled)
        api.get(SiteURL.API.projectsRates.components, use: rates)
        api.get(SiteURL.API.project(id: .placeholder(.id)).components, use: show)
        api.patch(SiteURL.API.project(id: .placeholder(.id)).components, use: update)
        api.post(SiteURL.API.projectTransitions(id: .placeholder(.id)).components, use: transition)
        api.post(SiteURL.API.projectStatisticsEntry(id: .placeholder(.id)).components, use: recordStatisticsEntry)
    }

    struct ProjectView: Content {
        var id: String
        /// The real name, or the codename where the account may not see it yet.
        var name: String
        var stage: String
        var stageSince: String
        var year: Int
        var investmentYi: Double
        var fundsInPlaceYi: Double
        var tenYiProject: Bool
        var hundredYiInvestor: Bool
        /// The investor, its revenue and the project company's code: hidden with the name.
        var investor: String?
        var investorRevenueYi: Double?
        var creditCode: String?
        var chain: String?
        var chainNode: String?
        var channel: String?
        var town: String?
        var linkedLeader: String?
        var leadDepartment: String?
        var isKey: Bool
        var light: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, stage, year, channel, town, light
            case stageSince = "stage_since", investmentYi = "investment_yi", fundsInPlaceYi = "funds_in_place_yi"
            case tenYiProject = "ten_yi_project", hundredYiInvestor = "hundred_yi_investor", investor
            case investorRevenueYi = "investor_revenue_yi", creditCode = "credit_code", chain, chainNode = "chain_node"
            case linkedLeader = "linked_leader", leadDepartment = "lead_department"
            case isKey = "is_key", isDemo = "is_demo"
        }

        init(_ project: Project, principal: Principal, light: ProjectLight?) {
            id = project.id?.uuidString ?? ""
            name = project.shownName(to: principal)
            stage = project.stage
            stageSince = project.stageSince
            year = project.year
            investmentYi = project.investmentYi
            fundsInPlaceYi = project.fundsInPlaceYi
            let tier = project.record.tier
            tenYiProject = tier.isTenYiProject
            hundredYiInvestor = tier.isHundredYiInvestor
            let named = project.visibility.showsRealName(to: principal.actor)
            investor = named ? project.investor : nil
            investorRevenueYi = named ? project.investorRevenueYi : nil
            creditCode = named ? project.creditCode : nil
            chain = project.chainCode
            chainNode = project.chainNode
            channel = project.channel
            town = project.townCode
            linkedLeader = project.linkedLeader
            leadDepartment = project.leadDepartmentCode
            isKey = project.isKey
            self.light = light?.rawValue
            isDemo = project.isDemo
        }
    }

    struct ChangeView: Content {
        var from: String?
        var to: String
        var date: String
        var reason: String?
    }

    struct MilestoneView: Content {
        var stage: String
        var planned: String
        var actual: String?
        var state: String
    }

    struct LightPartView: Content {
        var part: BilingualText
        var light: String?
        var why: BilingualText
    }

    struct ProjectDetail: Content {
        var project: ProjectView
        var history: [ChangeView]
        var milestones: [MilestoneView]
        var lightParts: [LightPartView]
        var sources: [ProjectFactSource]
        /// 入库: the day it was entered in the statistics database, if recorded.
        var statisticsEntryOn: String?

        enum CodingKeys: String, CodingKey {
            case project, history, milestones, sources
            case lightParts = "light_parts", statisticsEntryOn = "statistics_entry_on"
        }
    }

    struct TransitionInput: Content {
        var stage: String
        var date: String
        var reason: String?
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<ProjectView> {
        let principal = try request.requirePrincipal()
        let store = ProjectsStore(db: request.db, principal: principal)
        let page = try PageRequest(request)
        let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
        var issues: [LocatedIssue] = []
        let stage = q("stage").flatMap { raw in ProjectStage(rawValue: raw) ?? { issues.append(.notAllowed("stage")); return nil }() }
        let channel = q("channel").flatMap { raw in ProjectChannel(rawValue: raw) ?? { issues.append(.notAllowed("channel")); return nil }() }
        if let text = q("q"), let reason = FieldLimits.check(text, .name) { issues.append(LocatedIssue(row: nil, column: "q", reason: reason)) }
        if let town = q("town"), let reason = FieldLimits.check(town, .code) { issues.append(LocatedIssue(row: nil, column: "town", reason: reason)) }
        guard issues.isEmpty else { throw FieldInputError(issues) }
        let query = store.projects(ProjectsStore.Filter(text: q("q"), stage: stage, townCode: q("town"), channel: channel)).sort(\.$id)
        if let after = page.after.flatMap(UUID.init(uuidString:)) { query.filter(\.$id > after) }
        let (shown, next) = page.split(try await query.limit(page.fetchLimit).all()) { $0.id?.uuidString ?? "" }
        let assessments = try await Self.assess(shown, store: store, request: request)
        return CursorPage(items: shown.map { project in
            ProjectView(project, principal: principal, light: project.id.flatMap { assessments[$0]?.light })
        }, nextCursor: next)
    }

    @Sendable func show(_ request: Request) async throws -> ProjectDetail {
        try await detail(request, id: try ProjectsPagesController.projectID(request))
    }

    /// Changes a project's fields as the edit form does: the fields the body names are laid over
    /// the stored ones and the whole read by Core's `ProjectForm`, then written by the same store
    /// call, for the same accounts (the lead department, administrators), audited the same way.
    @Sendable func update(_ request: Request) async throws -> ProjectDetail {
        let principal = try request.requirePrincipal()
        let id = try ProjectsPagesController.projectID(request)
        let input = try request.content.decode(ProjectPatch.self)
        try input.checkFields()
        try await ProjectsStore(db: request.db, principal: principal)
            .update(projectID: id, leader: input.leader, writer: request.writer) { input.applied(to: $0) }
        return try await detail(request, id: id)
    }

    @Sendable func transition(_ request: Request) async throws -> ProjectDetail {
        let principal = try request.requirePrincipal()
        let id = try ProjectsPagesController.projectID(request)
        let input = try request.content.decode(TransitionInput.self)
        guard let stage = ProjectStage(rawValue: input.stage) else { throw FieldInputError([.notAllowed("stage")]) }
        let date = try PlanDate.required(input.date, field: "date")
        try await ProjectsStore(db: request.db, principal: principal)
            .move(projectID: id, to: stage, on: date, reason: input.reason, writer: request.writer)
        return try await detail(request, id: id)
    }

    @Sendable func recordStatisticsEntry(_ request: Request) async throws -> ProjectDetail {
        let principal = try request.requirePrincipal()
        let id = try ProjectsPagesController.projectID(request)
        let input = try request.content.decode(ProjectsPagesController.StatisticsEntryInput.self)
        let day = try PlanDate.required(input.date, field: "date")
        try await ProjectsStore(db: request.db, principal: principal)
            .recordStatisticsEntry(projectID: id, on: day, today: PlanDate(shanghai: request.appEnvironment.now), writer: request.writer)
        return try await detail(request, id: id)
    }

    func detail(_ request: Request, id: UUID) async throws -> ProjectDetail {
        let principal = try request.requirePrincipal()
        let store = ProjectsStore(db: request.db, principal: principal)
        guard let project = try await store.project(id: id), let history = try await store.histories(of: [id])[id] else {
            throw Abort(.notFound)
        }
        let assessment = try await Self.assess([project], store: store, request: request)[id]
        return ProjectDetail(
            project: ProjectView(project, principal: principal, light: assessment?.light),
            history: history.changes.map { ChangeView(from: $0.from?.rawValue, to: $0.to.rawValue, date: $0.date.description, reason: $0.reason) },
            milestones: (assessment?.milestones ?? []).map {
                MilestoneView(stage: $0.milestone.stage.rawValue, planned: $0.milestone.planned.description,
                              actual: $0.milestone.actual?.description, state: $0.state.rawValue)
            },
            lightParts: (assessment?.parts ?? []).map { LightPartView(part: $0.name, light: $0.light?.rawValue, why: $0.why) },
            sources: project.visibility.showsRealName(to: principal.actor) ? project.factSources : [],
            statisticsEntryOn: project.statisticsEntryOn)
    }

    /// Each project's assessment today, its histories, milestones and investment read in batches.
    static func assess(_ projects: [Project], store: ProjectsStore, request: Request) async throws -> [UUID: ProjectAssessment] {
        let ids = projects.compactMap(\.id)
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let histories = try await store.histories(of: ids)
        let milestones = try await store.milestones(of: ids, histories: histories)
        let investments = try await store.investments(of: ids, year: today.year)
        let rule = try ProjectLightRule.bundled()
        var found: [UUID: ProjectAssessment] = [:]
        let entries = Dictionary(projects.compactMap { project in project.id.map { ($0, project.statisticsEntry) } },
                                 uniquingKeysWith: { first, _ in first })
        for id in ids {
            guard let history = histories[id] else { continue }
            found[id] = ProjectAssessment(history: history, milestones: milestones[id] ?? [], investment: investments[id],
                                          statisticsEntry: entries[id] ?? nil, today: today, rule: rule)
        }
        return found
    }
}
