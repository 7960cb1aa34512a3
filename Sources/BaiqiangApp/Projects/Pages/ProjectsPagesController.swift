import BaiqiangCore
import BaiqiangHTML
import Fluent
import Vapor

/// The pipeline, the stalled lists, a project's page and the form moving its stage.
struct ProjectsPagesController {
    static let pageSize = 100

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.projects.components, use: list)
        for format in [TableExport.Format.csv, .xlsx] {
            routes.get(SiteURL.projectsExport(format: format.rawValue).components) { try await export($0, format) }
        }
        routes.get(SiteURL.projectsStalled.components, use: stalled)
        routes.get(SiteURL.project(id: .placeholder(.id)).components, use: show)
        routes.post(SiteURL.projectStage(id: .placeholder(.id)).components, use: move)
        routes.get(SiteURL.projectEdit(id: .placeholder(.id)).components, use: editForm)
        routes.post(SiteURL.projectEdit(id: .placeholder(.id)).components, use: edit)
        routes.post(SiteURL.projectStatisticsEntry(id: .placeholder(.id)).components, use: recordStatisticsEntry)
    }

    /// The list's filter from the address, shared by the list and its export.
    static func filter(_ request: Request) -> ProjectsStore.Filter {
        let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
        return ProjectsStore.Filter(text: q("q").map { String($0.prefix(TextFieldKind.name.maximumLength)) },
                                    stage: q("stage").flatMap(ProjectStage.init(rawValue:)), townCode: q("town"),
                                    channel: q("channel").flatMap(ProjectChannel.init(rawValue:)))
    }

    /// The filtered pipeline in the project import's columns (`ProjectExport`).
    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = ProjectsStore(db: request.db, principal: principal)
        let projects = try await store.exportedProjects(Self.filter(request))
        return try ProjectExport.table(projects, leaders: try await store.leaderUsernames(of: projects), principal: principal,
                                       language: request.language).response(format, fileName: "projects")
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
        let filter = Self.filter(request)
        let store = ProjectsStore(db: request.db, principal: principal)
        let all = try await store.projects(filter).field(\.$id).field(\.$stage).field(\.$isDemo).all()
        var counts: [ProjectStage: Int] = [:]
        for project in all { counts[project.currentStage, default: 0] += 1 }
        let pageCount = max(1, (all.count + Self.pageSize - 1) / Self.pageSize)
        let page = min(max(1, q("page").flatMap(Int.init) ?? 1), pageCount)
        let shown = try await store.projects(filter).sort(\.$year, .descending).sort(\.$codename)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize)).all()
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let model = ProjectListPage.Model(
            filter: filter,
            cards: shown.compactMap { project in
                project.id.map { ProjectListPage.Card(id: $0, name: project.shownName(to: principal), stage: project.currentStage,
                                                      townCode: project.townCode, investmentYi: project.investmentYi,
                                                      isKey: project.isKey, isDemo: project.isDemo) }
            },
            counts: counts, towns: towns.map(ProjectTownName.init), page: page, pageCount: pageCount,
            anyDemo: all.contains(where: \.isDemo))
        return ProjectListPage.view(model, request.pageContext)
    }

    @Sendable func stalled(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let store = ProjectsStore(db: request.db, principal: principal)
        let stalled = try await store.stalled(today: PlanDate(shanghai: request.appEnvironment.now))
        let lists = stalled.lists.map { list, entries in
            (list, entries.compactMap { entry -> ProjectStalledPage.Row? in
                guard let id = UUID(uuidString: entry.projectID), let project = stalled.projects[id] else { return nil }
                return ProjectStalledPage.Row(id: id, name: project.shownName(to: principal), entry: entry, isDemo: project.isDemo)
            })
        }
        return ProjectStalledPage.view(ProjectStalledPage.Model(lists: lists, anyDemo: stalled.projects.values.contains(where: \.isDemo)),
                                       request.pageContext)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, error: nil, status: .ok)
    }

    @Sendable func move(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let id = try Self.projectID(request)
        let input = try request.content.decode(StageInput.self)
        let store = ProjectsStore(db: request.db, principal: principal)
        do {
            guard let stage = ProjectStage(rawValue: input.stage) else {
                throw FieldInputError([LocatedIssue(row: nil, column: "stage", reason: BilingualText(zh: "不是有效的阶段", en: "is not a stage"))])
            }
            let date = try PlanDate.required(input.date, field: "date")
            try await store.move(projectID: id, to: stage, on: date, reason: input.reason, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.project(id: id.uuidString).path)
    }

    @Sendable func recordStatisticsEntry(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let id = try Self.projectID(request)
        let input = try request.content.decode(StatisticsEntryInput.self)
        do {
            let day = try PlanDate.required(input.date, field: "date")
            try await ProjectsStore(db: request.db, principal: principal)
                .recordStatisticsEntry(projectID: id, on: day, today: PlanDate(shanghai: request.appEnvironment.now), writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.project(id: id.uuidString).path)
    }

    /// The project for its edit form: one out of the account's sight is not found; one it may not
    /// change — and so, before signing, one whose real name it may not see — is refused.
    func editable(_ request: Request) async throws -> Project {
        let principal = try request.requirePrincipal()
        guard let project = try await ProjectsStore(db: request.db, principal: principal).project(id: try Self.projectID(request)) else {
            throw Abort(.notFound)
        }
        try principal.permissions.require(.editProject(leadDepartment: project.leadDepartmentCode))
        return project
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let project = try await editable(request)
        let id = try project.requireID()
        let store = ProjectsStore(db: request.db, principal: try request.requirePrincipal())
        let milestones = try await store.milestones(of: [id], histories: [:])[id] ?? []
        return try await renderEdit(request, project: project, form: ProjectForm(project.record, planned: milestones), issues: [], status: .ok)
    }

    struct EditInput: Content {
        var name: String?
        var codename: String?
        var year: String?
        var investor: String?
        var investmentYi: String?
        var fundsInPlaceYi: String?
        var investorRevenueYi: String?
        var creditCode: String?
        var channel: String?
        var chainNode: String?
        var leaderAccount: String?
        var leadDepartment: String?
        var town: String?
        var isKey: String?
        var plannedLandSupplied: String?
        var plannedStarted: String?
        var plannedCompleted: String?
        var plannedProducing: String?
        var plannedFullCapacity: String?

        enum CodingKeys: String, CodingKey {
            case name, codename, year, investor, channel, town
            case investmentYi = "investment_yi", fundsInPlaceYi = "funds_in_place_yi", chainNode = "chain_node"
            case investorRevenueYi = "investor_revenue_yi", creditCode = "credit_code"
            case leaderAccount = "leader_account", leadDepartment = "lead_department", isKey = "is_key"
            case plannedLandSupplied = "planned_land_supplied", plannedStarted = "planned_started"
            case plannedCompleted = "planned_completed", plannedProducing = "planned_producing"
            case plannedFullCapacity = "planned_full_capacity"
        }

        var form: ProjectForm {
            ProjectForm(name: name ?? "", codename: codename ?? "", year: year ?? "", investor: investor ?? "",
                        investmentYi: investmentYi ?? "", fundsInPlaceYi: fundsInPlaceYi ?? "", channel: channel ?? "",
                        chainNode: chainNode ?? "", leadDepartment: leadDepartment ?? "", town: town ?? "",
                        isKey: isKey != nil && isKey != "0",
                        planned: [.landSupplied: plannedLandSupplied ?? "", .started: plannedStarted ?? "",
                                  .completed: plannedCompleted ?? "", .producing: plannedProducing ?? "",
                                  .fullCapacity: plannedFullCapacity ?? ""],
                        investorRevenueYi: investorRevenueYi ?? "", creditCode: creditCode ?? "")
        }

        /// Every text within the bound of its kind before it is read at all.
        func checkFields() throws {
            var check = FieldChecker()
            check.text(name, .name, field: "name")
            check.text(codename, .name, field: "codename")
            check.text(investor, .name, field: "investor")
            for (value, field) in [(year, "year"), (investmentYi, "investment_yi"), (fundsInPlaceYi, "funds_in_place_yi"),
                                   (investorRevenueYi, "investor_revenue_yi"), (creditCode, "credit_code"),
                                   (channel, "channel"), (leadDepartment, "lead_department"), (town, "town"), (isKey, "is_key"),
                                   (plannedLandSupplied, "planned_land_supplied"), (plannedStarted, "planned_started"),
                                   (plannedCompleted, "planned_completed"), (plannedProducing, "planned_producing"),
                                   (plannedFullCapacity, "planned_full_capacity")] {
                check.text(value, .code, field: field)
            }
            check.text(chainNode, .name, field: "chain_node")
            check.text(leaderAccount, .username, field: "leader_account")
            try check.finish()
        }
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let project = try await editable(request)
        let id = try project.requireID()
        let input = try request.content.decode(EditInput.self)
        let form = input.form
        do {
            try input.checkFields()
            try await ProjectsStore(db: request.db, principal: try request.requirePrincipal())
                .update(projectID: id, with: form, leader: LeaderChoice(field: input.leaderAccount), writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            let issues: [String]
            if let located = error as? any LocatedIssues, !located.locatedIssues.isEmpty {
                issues = located.locatedIssues.map { issue in (issue.column.map { "\($0): " } ?? "") + request.t(issue.reason) }
            } else {
                issues = [request.t(error.message)]
            }
            return try await renderEdit(request, project: project, form: form, issues: issues, status: .badRequest)
        }
        return request.redirect(to: SiteURL.project(id: id.uuidString).path)
    }

    func renderEdit(_ request: Request, project: Project, form: ProjectForm, issues: [String], status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        let organisation = OrganisationStore(db: request.db, county: principal.countyCode)
        let towns = try await organisation.towns().map { ProjectEditPage.Choice(value: $0.code, name: BilingualText(zh: $0.nameZh, en: $0.nameEn)) }
        let departments = try await organisation.departments()
            .map { ProjectEditPage.Choice(value: $0.code, name: BilingualText(zh: $0.nameZh, en: $0.nameEn)) }
        var chains: [ProjectEditPage.ChainChoice] = []
        for row in try await ChainsStore(db: request.db, principal: principal).rows().sort(\.$code).all() {
            guard let chain = try? row.chain() else { continue }
            chains.append(ProjectEditPage.ChainChoice(name: chain.name, nodes: chain.nodes.map {
                ProjectEditPage.Choice(value: "\(chain.code)/\($0.code)", name: $0.name)
            }))
        }
        let leaders = try await AccountStore(db: request.db).leaders(of: principal.countyCode).map(LeaderOption.init)
        let model = ProjectEditPage.Model(
            id: try project.requireID(), name: project.shownName(to: principal), form: form, leaders: leaders,
            linkedLeaderID: project.linkedLeaderID, typedLeader: project.linkedLeader, chains: chains, towns: towns,
            departments: departments, issues: issues)
        return try await HTMLPage(status: status, html: ProjectEditPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    struct StatisticsEntryInput: Content {
        var date: String
    }

    struct StageInput: Content {
        var stage: String
        var date: String
        var reason: String?
    }

    static func projectID(_ request: Request) throws -> UUID {
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw Abort(.notFound) }
        return id
    }

    func render(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        let id = try Self.projectID(request)
        let store = ProjectsStore(db: request.db, principal: principal)
        guard let project = try await store.project(id: id), let history = try await store.histories(of: [id])[id] else {
            throw Abort(.notFound)
        }
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let milestones = try await store.milestones(of: [id], histories: [id: history])[id] ?? []
        let investment = try await store.investments(of: [id], year: today.year)[id]
        let assessment = ProjectAssessment(history: history, milestones: milestones, investment: investment,
                                           statisticsEntry: project.statisticsEntry, today: today,
                                           rule: try ProjectLightRule.bundled())
        var townName: String?
        if let code = project.townCode {
            townName = try await OrganisationStore(db: request.db, county: principal.countyCode).town(code: code)
                .map { ProjectTownName($0).name(request.pageContext) } ?? code
        }
        var firm: (creditCode: String, name: String)?
        var parcels: [String] = []
        // The company's code would name a confidential project, so it shows with the name only.
        if let code = project.creditCode, project.visibility.showsRealName(to: principal.actor) {
            (firm, parcels) = try await store.company(code)
        }
        var model = ProjectDetailPage.Model(
            id: id, name: project.shownName(to: principal), investor: project.shownInvestor(to: principal), record: project.record,
            isDemo: project.isDemo, townName: townName, history: history, assessment: assessment, investment: investment,
            year: today.year, today: today,
            sources: project.visibility.showsRealName(to: principal.actor) ? project.factSources : [],
            mayMove: principal.permissions.allows(.editProject(leadDepartment: project.leadDepartmentCode)), error: error)
        model.firm = firm
        model.parcels = parcels
        model.statisticsEntry = project.statisticsEntry
        if let leader = project.linkedLeaderID {
            model.leaderAccount = try await AccountStore(db: request.db).accounts(ids: [leader], in: principal.countyCode)[leader]
                .flatMap { try? LeaderOption($0) }
        }
        return try await HTMLPage(status: status, html: ProjectDetailPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
