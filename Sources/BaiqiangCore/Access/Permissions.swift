/// What an account may do (权限): the one place every permission rule lives. Pages ask it which
/// buttons to show, the API and pages ask it before acting, and a refusal is an `AccessRefusal`
/// (403 on the web, its own exit code on the command line). What an account may *read* is
/// `AccessScope`; where a demand may go next is `DemandWorkflow`.
public struct Permissions: Sendable {
    /// The things an account may or may not do.
    public enum Action: Sendable, Hashable {
        /// Raise a demand (提交诉求): an enterprise for itself, the demand centre for a caller.
        case submitDemand
        /// Act as the demand centre: accept and assign demands, keep the routing rules (分派规则).
        case routeDemands
        /// See the demand rates report (三率).
        case seeDemandRates
        /// Edit an enterprise's record.
        case editEnterprise
        /// Import the registry's files (enterprises, yearly and monthly figures).
        case importRegistry
        /// Run an evaluation (亩均评价) over the registry or an uploaded file.
        case runEvaluation
        /// Publish one evaluation run of a year (发布评价结果): until then a run is a draft that
        /// decides nothing (no surcharge, no land rule, nothing shown to the firm).
        case publishEvaluation
        /// Replace the whole plan from a file.
        case importPlan
        /// Keep the county's plans: choose the current one, publish one, start the next from one.
        case managePlans
        /// Record a KPI's observation or a milestone's completion, of a plan part owned by the
        /// department with this code (nil: owned by nobody).
        case writePlan(owner: String?)
        /// Release a reviewed KPI figure for the public page. The owning department's reviewer
        /// would be its head; without such a role, an administrator reviews.
        case publishPlanFigures
        /// Record or change a disposal of a parcel in this town (nil: a parcel in no town).
        case writeLand(townCode: String?)
        /// Keep the county's low-efficiency rules (低效用地认定规则) and their thresholds:
        /// administrators and the land bureau.
        case keepLandRules
        /// Configure the system: the working-day calendar and the other settings (系统管理员).
        case configure
        /// Keep accounts: create, lock and unlock, reset passwords and second factors (安全管理员).
        case manageAccounts
        /// Read, export and verify the audit log (审计管理员).
        case readAudit
        /// Record or correct a published figure of the prefecture's county-level units (统计局).
        case recordRegionalFigures
        /// Enter projects into the pipeline, by hand or from a file.
        case enterProjects
        /// Move a project through its stages, or change it: administrators and the project's
        /// lead department (牵头部门, by code; nil: led by nobody yet).
        case editProject(leadDepartment: String?)
        /// Import or edit an industrial chain, or put a firm on a node by hand: administrators and
        /// the departments (链长制 work is led by departments).
        case editChains
        /// Choose which county of the prefecture the session looks into (市级).
        case chooseCounty
        /// Keep the county's reference counties (对标县), their figures and the readiness lines:
        /// administrators and the departments that follow the county's standing (统计局, 工信局).
        case manageReferenceCounties
        /// Record a leader's visit to a firm (走访) and turn a problem heard there into a demand:
        /// the leaders themselves, and the staff who keep records for them (admins, departments,
        /// towns for their own firms). `VisitAuthorship` narrows a leader to their own visits.
        case recordVisits
        /// Supervision (特约监督员): file a report (a supervisor; their term is checked apart, see
        /// `SupervisorTerm`), handle reports and appoint supervisors (the discipline office), see
        /// the yearly counts (the discipline office and leaders). Who reads which report is
        /// `SupervisionReach`.
        case fileSupervisionReport, handleSupervisionReports, seeSupervisionSummary
        /// Report a grid event (网格事件上报): grid workers for their grid, towns for their own
        /// grids, admins and departments anywhere (`GridReach` says which grids).
        case reportGridEvents
        /// Keep the grids (import the grids file): administrators and the departments.
        case manageGrids
        /// Create or change a special campaign (专项整治) over these towns (empty: every town of
        /// the county): administrators any campaign; a town only one over its own town alone,
        /// since a town answers for its own grids and not for its neighbours'.
        case editCampaign(towns: Set<String>)
        /// Bind a grid worker to a grid of this town, move one from it, or unbind one from it
        /// (nil: a grid of no town known to the asker): administrators anywhere, a town on its
        /// own grids only.
        case bindGridWorkers(townCode: String?)
    }

    /// Which demands an account sees and, as the workflow allows, handles.
    public enum DemandReach: Sendable, Equatable {
        /// Every demand within the scope: the county, the account's town, its own firm's.
        case within(AccessScope)
        /// Only the demands assigned to this unit: a department that is not the demand centre.
        case assignedTo(HandlingUnit)
        /// The demands within the scope and those assigned to this unit: a town handles demands
        /// the centre sends it about firms of other towns too.
        case withinOrAssignedTo(AccessScope, HandlingUnit)
    }

    public let actor: AccessActor

    /// The statistics bureau (统计局) and the industry bureau (工信局), which follow how the county
    /// stands against the top-100 lists.
    public static let readinessDepartmentCodes: Set<String> = ["tjj", "gxj"]

    public init(_ actor: AccessActor) {
        self.actor = actor
    }

    public func allows(_ action: Action) -> Bool {
        let role = actor.role
        // The prefecture looks into its counties and changes nothing of theirs: each county
        // answers for its own records. It may read the demand rates, as a leader does.
        if role == .prefecture { return action == .seeDemandRates || action == .chooseCounty }
        switch action {
        case .submitDemand:
            return role == .enterprise || isDemandCentre
        case .routeDemands:
            return isDemandCentre
        case .seeDemandRates:
            return role == .leader || isDemandCentre
        case .editEnterprise, .importRegistry, .runEvaluation:
            // The registry is kept, and evaluated, by administrators and the departments
            // (工信局, 统计局 …).
            return role == .admin || role == .department
        case .publishEvaluation:
            // The county government adopts the results (县政府审定): its leaders, or an
            // administrator acting for them; the departments that run evaluations do not.
            return role == .admin || role == .leader
        case .importPlan, .managePlans, .configure, .publishPlanFigures:
            return role == .admin
        case .manageAccounts:
            return role == .securityOfficer || (role == .admin && !actor.dutiesSeparated)
        case .readAudit:
            return role == .auditor || (role == .admin && !actor.dutiesSeparated)
        case .recordRegionalFigures:
            return role == .admin || role == .department
        case .manageReferenceCounties:
            if role == .admin { return true }
            return role == .department && (actor.departmentCode.map(Self.readinessDepartmentCodes.contains) ?? false)
        case .writeLand(let townCode):
            // The land bureau keeps the whole county's disposals; a town those of its own parcels.
            if role == .admin { return true }
            if role == .department { return actor.designations.contains(.landBureau) }
            if role == .town { return townCode != nil && townCode == actor.townCode }
            return false
        case .keepLandRules:
            return role == .admin || (role == .department && actor.designations.contains(.landBureau))
        case .chooseCounty:
            return false
        case .recordVisits:
            return role == .leader || role == .admin || role == .department || role == .town
        case .fileSupervisionReport:
            return role == .supervisor
        case .handleSupervisionReports:
            return role == .department && actor.designations.contains(.disciplineOffice)
        case .seeSupervisionSummary:
            return role == .leader || (role == .department && actor.designations.contains(.disciplineOffice))
        case .enterProjects, .editChains, .manageGrids:
            return role == .admin || role == .department
        case .editCampaign(let towns):
            if role == .admin { return true }
            guard role == .town, let mine = actor.townCode else { return false }
            return towns == [mine]
        case .bindGridWorkers(let townCode):
            if role == .admin { return true }
            return role == .town && townCode != nil && townCode == actor.townCode
        case .reportGridEvents:
            return role == .gridWorker || role == .town || role == .admin || role == .department
        case .editProject(let lead):
            if role == .admin { return true }
            guard role == .department, let lead, let mine = actor.departmentCode else { return false }
            return lead == mine
        case .writePlan(let owner):
            if role == .admin { return true }
            guard role == .department, let owner, let mine = actor.departmentCode else { return false }
            return owner == mine
        }
    }

    /// Whether the account has any administration page to open: configuration, accounts or the
    /// audit log.
    public var administersAnything: Bool {
        allows(.configure) || allows(.manageAccounts) || allows(.readAudit)
    }

    /// Returns when the action is allowed, else throws the refusal naming who may do it.
    public func require(_ action: Action) throws(AccessRefusal) {
        guard allows(action) else { throw AccessRefusal(action) }
    }

    /// The demand centre (诉求中心): an administrator, or an account of the department flagged as
    /// the centre.
    private var isDemandCentre: Bool {
        actor.role == .admin || (actor.role == .department && actor.isDemandCentre)
    }

    public var demandReach: DemandReach {
        if actor.role == .town, let code = actor.townCode { return .withinOrAssignedTo(actor.scope, .town(code)) }
        guard actor.role == .department, !isDemandCentre else { return .within(actor.scope) }
        guard let code = actor.departmentCode else { return .within(.nothing) }
        return .assignedTo(.department(code))
    }
}
