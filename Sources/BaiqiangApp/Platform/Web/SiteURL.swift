import Vapor

/// Every page of the site and every operation of the API, used both to register routes and to
/// make links, so a link to a page that does not exist cannot be written. A route is registered
/// with `.placeholder(…)` in place of each value: `SiteURL.enterprise(creditCode:
/// .placeholder(.creditCode)).components` is `enterprises/:credit_code`.
enum SiteURL: Equatable {
    case home
    case login
    case logout
    case language(String)
    case enterprises
    case enterprise(creditCode: String)
    case enterpriseLadder
    case enterpriseEdit(creditCode: String)
    case enterpriseImport
    /// An import's template to fill in: `kind` as `ImportTemplates` names it, `format` csv or xlsx.
    case importTemplate(kind: String, format: String)
    case enterpriseExport(format: String)
    /// The yearly figures of the filtered firms, in the yearly-figures import's columns.
    case enterpriseFiguresExport(format: String)
    case adminUsers
    case adminUserAction(username: String, action: String)
    case adminAudit
    case adminAuditExport(format: String)
    case account
    case accountTokens
    case accountPassword
    case accountTokenRevoke(id: String)
    case accountSessionEnd(id: String)
    case accountSessionsEndOthers
    case adminAccounts
    case adminAccountsExport
    case accountSecondFactor
    case accountSecondFactorConfirm
    case loginSecondFactor
    case evaluation
    case evaluationRuns
    case evaluationUpload
    case evaluationRun(id: String)
    case evaluationPublish(id: String)
    case evaluationFirm(id: String, code: String)
    case evaluationExport(id: String, format: String)
    case evaluationCompare
    case evaluationConsecutiveD
    case land
    case landParcel(number: String)
    case landExport(format: String)
    case landMap
    case landMapSVG
    case counties
    case countyUnit(code: String)
    case countiesReadiness
    case countiesFigures
    case countiesExport(format: String)
    case countiesViewing
    case countiesReferences
    case countiesReferenceRemove
    case countiesReferenceFigures
    case countiesReferenceImport
    case countiesReferenceTemplate(language: String)
    case countiesThresholds
    case countiesThresholdRemove
    case landParcelDisposals(number: String)
    case landDisposal(id: String)
    case landDisposalStatus(id: String)
    case landTowns
    case landTownsExport(format: String)
    case landRules
    case landRulesRestore
    /// The rules file in force, or a saved version of it (`?version=N`).
    case landRulesFile
    case projects
    /// The filtered pipeline in the project import's columns.
    case projectsExport(format: String)
    case projectsStalled
    case projectsRates
    case project(id: String)
    /// A leader's page of linked firms and projects (挂钩联系), and the signed-in leader's own.
    case leader(username: String)
    case leaderMe
    /// Recording a visit (走访) by a leader, and turning a visit's problem into a demand.
    case leaderVisits(username: String)
    case visitDemand(id: String)
    /// The county's visits: coverage per leader and town, the visit plan, the export.
    case visits
    case visitsPlan
    case visitsExport(format: String)
    /// Special supervisors' reports (特约监督员): the reader's list and filing form, one report
    /// with its handling, the yearly counts, the appointments.
    case supervision
    case supervisionReport(id: String)
    case supervisionReportHandling(id: String)
    case supervisionSummary
    case supervisionSupervisors
    /// Grid events (网格事件) and campaigns (专项整治).
    case grid
    case gridEventNew
    case gridEvent(id: String)
    case gridEventSteps(id: String)
    /// A grid event's photos: where they are uploaded, and one served by its id.
    case gridEventPhotos(id: String)
    case gridEventPhoto(id: String, photo: String)
    case gridCampaigns
    case gridCampaign(code: String)
    case gridCampaignNew
    case gridCampaignEdit(code: String)
    /// Binding grid workers to grids and teams (网格员绑定).
    case gridWorkers
    case gridWorkerUnbind
    case projectStage(id: String)
    case projectEdit(id: String)
    case projectStatisticsEntry(id: String)
    case chains
    case chain(code: String)
    case chainEdit(code: String)
    case chainImport
    case chainNew
    case chainFirms(code: String)
    case chainLeads(code: String)
    case plan
    case planKPI(code: String)
    case planKPIObservations(code: String)
    case planObservationReview(code: String, date: String, action: String)
    case planMilestone(code: String)
    case planScreen
    case planReport
    case planReportWord
    case planImport
    case planExport(format: String)
    case planPlans
    case planPlanCurrent(code: String)
    case planPlanPublication(code: String)
    case planPlanNext(code: String)
    case publicPlan
    case publicKPI(code: String)
    case demands
    case demandNew
    case demand(number: String)
    case demandTransitions(number: String)
    case demandAttachment(number: String, id: String)
    case demandExport(format: String)
    case demandRates
    case demandRouting
    case adminCalendar
    case adminCalendarYear(year: String)
    case search
    case api(API)
    case open311(Open311)
    case apiDescription
    case health
    case readiness
    case metrics

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .language(let code): "/language/\(code)"
        case .enterprises: "/enterprises"
        case .enterprise(let code): "/enterprises/\(code)"
        case .enterpriseLadder: "/registry/ladder"
        case .enterpriseEdit(let code): "/enterprises/\(code)/edit"
        case .enterpriseImport: "/registry/import"
        case .importTemplate(let kind, let format): "/import-templates/\(kind)/\(format)"
        case .enterpriseExport(let format): "/registry/export.\(format)"
        case .enterpriseFiguresExport(let format): "/registry/figures.\(format)"
        case .adminUsers: "/admin/users"
        case .adminUserAction(let username, let action): "/admin/users/\(username)/\(action)"
        case .adminAudit: "/admin/audit"
        case .adminAuditExport(let format): "/admin/audit/export.\(format)"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case .accountPassword: "/account/password"
        case .accountTokenRevoke(let id): "/account/tokens/\(id)/revoke"
        case .accountSessionEnd(let id): "/account/sessions/\(id)/end"
        case .accountSessionsEndOthers: "/account/sessions/end-others"
        case .adminAccounts: "/admin/accounts"
        case .adminAccountsExport: "/admin/accounts.csv"
        case .accountSecondFactor: "/account/second-factor"
        case .accountSecondFactorConfirm: "/account/second-factor/confirm"
        case .loginSecondFactor: "/login/second-factor"
        case .evaluation: "/evaluation"
        case .evaluationRuns: "/evaluation/runs"
        case .evaluationUpload: "/evaluation/runs/upload"
        case .evaluationRun(let id): "/evaluation/runs/\(id)"
        case .evaluationPublish(let id): "/evaluation/runs/\(id)/publish"
        case .evaluationFirm(let id, let code): "/evaluation/runs/\(id)/firms/\(code)"
        case .evaluationExport(let id, let format): "/evaluation/runs/\(id)/export.\(format)"
        case .evaluationCompare: "/evaluation/compare"
        case .evaluationConsecutiveD: "/evaluation/consecutive-d"
        case .land: "/land"
        case .landParcel(let number): "/land/parcels/\(number)"
        case .landExport(let format): "/land/export.\(format)"
        case .landMap: "/land/map"
        case .landMapSVG: "/land/map.svg"
        case .counties: "/counties"
        case .countyUnit(let code): "/counties/units/\(code)"
        case .countiesReadiness: "/counties/readiness"
        case .countiesFigures: "/counties/figures"
        case .countiesExport(let format): "/counties/export.\(format)"
        case .countiesViewing: "/counties/viewing"
        case .countiesReferences: "/counties/references"
        case .countiesReferenceRemove: "/counties/references/remove"
        case .countiesReferenceFigures: "/counties/references/figures"
        case .countiesReferenceImport: "/counties/references/import"
        case .countiesReferenceTemplate(let language): "/counties/references/template-\(language).csv"
        case .countiesThresholds: "/counties/thresholds"
        case .countiesThresholdRemove: "/counties/thresholds/remove"
        case .landParcelDisposals(let number): "/land/parcels/\(number)/disposals"
        case .landDisposal(let id): "/land/disposals/\(id)"
        case .landDisposalStatus(let id): "/land/disposals/\(id)/status"
        case .landTowns: "/land/towns"
        case .landTownsExport(let format): "/land/towns.\(format)"
        case .landRules: "/land/rules"
        case .landRulesRestore: "/land/rules/restore"
        case .landRulesFile: "/land/rules.yaml"
        case .projects: "/projects"
        case .projectsExport(let format): "/projects/export.\(format)"
        case .projectsStalled: "/projects/stalled"
        case .projectsRates: "/projects/rates"
        case .project(let id): "/projects/\(id)"
        case .leader(let username): "/leaders/\(username)"
        case .leaderMe: "/leaders/me"
        case .leaderVisits(let username): "/leaders/\(username)/visits"
        case .visitDemand(let id): "/visits/\(id)/demand"
        case .visits: "/visits"
        case .visitsPlan: "/visits/plan"
        case .visitsExport(let format): "/visits/export.\(format)"
        case .supervision: "/supervision"
        case .supervisionReport(let id): "/supervision/reports/\(id)"
        case .supervisionReportHandling(let id): "/supervision/reports/\(id)/handling"
        case .supervisionSummary: "/supervision/summary"
        case .supervisionSupervisors: "/supervision/supervisors"
        case .grid: "/grid"
        case .gridEventNew: "/grid/events/new"
        case .gridEvent(let id): "/grid/events/\(id)"
        case .gridEventSteps(let id): "/grid/events/\(id)/steps"
        case .gridEventPhotos(let id): "/grid/events/\(id)/photos"
        case .gridEventPhoto(let id, let photo): "/grid/events/\(id)/photos/\(photo)"
        case .gridCampaigns: "/grid/campaigns"
        case .gridCampaign(let code): "/grid/campaigns/\(code)"
        case .gridCampaignNew: "/grid/campaigns/new"
        case .gridCampaignEdit(let code): "/grid/campaigns/\(code)/edit"
        case .gridWorkers: "/grid/workers"
        case .gridWorkerUnbind: "/grid/workers/unbind"
        case .projectStage(let id): "/projects/\(id)/stage"
        case .projectEdit(let id): "/projects/\(id)/edit"
        case .projectStatisticsEntry(let id): "/projects/\(id)/statistics-entry"
        case .chains: "/chains"
        case .chain(let code): "/chains/\(code)"
        case .chainEdit(let code): "/chains/\(code)/edit"
        case .chainImport: "/chains/import"
        case .chainNew: "/chains/new"
        case .chainFirms(let code): "/chains/\(code)/firms"
        case .chainLeads(let code): "/chains/\(code)/leads"
        case .plan: "/plan"
        case .planKPI(let code): "/plan/kpis/\(code)"
        case .planKPIObservations(let code): "/plan/kpis/\(code)/observations"
        case .planObservationReview(let code, let date, let action): "/plan/kpis/\(code)/observations/\(date)/\(action)"
        case .planMilestone(let code): "/plan/milestones/\(code)"
        case .planScreen: "/plan/screen"
        case .planReport: "/plan/report"
        case .planReportWord: "/plan/report.docx"
        case .planImport: "/plan/import"
        case .planExport(let format): "/plan/export.\(format)"
        case .planPlans: "/plan/plans"
        case .planPlanCurrent(let code): "/plan/plans/\(code)/current"
        case .planPlanPublication(let code): "/plan/plans/\(code)/publication"
        case .planPlanNext(let code): "/plan/plans/\(code)/next"
        case .publicPlan: "/public/plan"
        case .publicKPI(let code): "/public/plan/kpis/\(code)"
        case .demands: "/demands"
        case .demandNew: "/demands/new"
        case .demand(let number): "/demands/\(number)"
        case .demandTransitions(let number): "/demands/\(number)/transitions"
        case .demandAttachment(let number, let id): "/demands/\(number)/attachments/\(id)"
        case .demandExport(let format): "/demands/export.\(format)"
        case .demandRates: "/demands/rates"
        case .demandRouting: "/demands/routing"
        case .adminCalendar: "/admin/calendar"
        case .adminCalendarYear(let year): "/admin/calendar/\(year)"
        case .search: "/search"
        case .api(let operation): "/api/v1/" + operation.path
        case .open311(let resource): "/open311/v2/" + resource.path
        case .apiDescription: "/openapi.json"
        case .health: "/healthz"
        case .readiness: "/readyz"
        case .metrics: "/metrics"
        }
    }

    /// Open311 GeoReport v2's resources, each file named with its format (`services.json`).
    enum Open311: Equatable {
        case root(file: String)
        case service(file: String)
        case request(file: String)
        case token(file: String)

        var path: String {
            switch self {
            case .root(let file): file
            case .service(let file): "services/\(file)"
            case .request(let file): "requests/\(file)"
            case .token(let file): "tokens/\(file)"
            }
        }

        /// The path as route components below `/open311/v2`, with `:name` for parameters.
        var components: [PathComponent] {
            path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }

    /// The JSON API's resources, under `/api/v1`.
    enum API: Equatable {
        case me
        case enterprises
        case enterprise(creditCode: String)
        case enterpriseFigures(creditCode: String)
        case planAreas
        case planItems
        case planKPIs
        case planKPI(code: String)
        case planKPIObservations(code: String)
        case planObservationReview(code: String, date: String, action: String)
        case planMilestones
        case planMilestone(code: String)
        case planReview
        case evaluationRuns
        case evaluationResults(runID: String)
        case evaluationPublish(runID: String)
        case evaluationResult(runID: String, creditCode: String)
        case demands
        case demand(trackingNumber: String)
        case demandTransitions(trackingNumber: String)
        case landParcels
        case landParcel(number: String)
        case landRules
        case countiesUnits
        case countiesFigures
        case countiesReferences
        case countiesReference(code: String)
        case countiesReferenceFigures(code: String)
        case countiesReadinessLines
        case landDisposals
        case landParcelDisposals(number: String)
        case landDisposal(id: String)
        case projects
        case visits
        case visitsPlan
        case visitsCoverage
        case supervisionReports
        case supervisionReport(id: String)
        case supervisionReportHandling(id: String)
        case supervisionSummary
        case supervisionSupervisors
        case gridGrids
        case gridEvents
        case gridEvent(id: String)
        case gridEventSteps(id: String)
        /// An event's photos: listed and uploaded, and one photo's bytes.
        case gridEventPhotos(id: String)
        case gridEventPhoto(id: String, photo: String)
        case gridCampaigns
        case gridCampaign(code: String)
        case gridWorkers
        case gridWorker(username: String)
        case project(id: String)
        case projectTransitions(id: String)
        case projectStatisticsEntry(id: String)
        /// The stalled lists and the pipeline's rates, as the pages show them.
        case projectsStalled
        case projectsRates
        case chains
        case chain(code: String)
        case chainFirms(code: String)
        case search

        var path: String {
            switch self {
            case .me: "me"
            case .enterprises: "enterprises"
            case .enterprise(let code): "enterprises/\(code)"
            case .enterpriseFigures(let code): "enterprises/\(code)/figures"
            case .planAreas: "plan/areas"
            case .planItems: "plan/items"
            case .planKPIs: "plan/kpis"
            case .planKPI(let code): "plan/kpis/\(code)"
            case .planKPIObservations(let code): "plan/kpis/\(code)/observations"
            case .planObservationReview(let code, let date, let action): "plan/kpis/\(code)/observations/\(date)/\(action)"
            case .planMilestones: "plan/milestones"
            case .planMilestone(let code): "plan/milestones/\(code)"
            case .planReview: "plan/review"
            case .evaluationRuns: "evaluation/runs"
            case .evaluationResults(let id): "evaluation/runs/\(id)/results"
            case .evaluationPublish(let id): "evaluation/runs/\(id)/publish"
            case .evaluationResult(let id, let code): "evaluation/runs/\(id)/results/\(code)"
            case .demands: "demands"
            case .demand(let number): "demands/\(number)"
            case .demandTransitions(let number): "demands/\(number)/transitions"
            case .landParcels: "land/parcels"
            case .landParcel(let number): "land/parcels/\(number)"
            case .landRules: "land/rules"
            case .countiesUnits: "counties/units"
            case .countiesFigures: "counties/figures"
            case .countiesReferences: "counties/references"
            case .countiesReference(let code): "counties/references/\(Self.segment(code))"
            case .countiesReferenceFigures(let code): "counties/references/\(Self.segment(code))/figures"
            case .countiesReadinessLines: "counties/readiness-lines"
            case .landDisposals: "land/disposals"
            case .landParcelDisposals(let number): "land/parcels/\(number)/disposals"
            case .landDisposal(let id): "land/disposals/\(id)"
            case .projects: "projects"
            case .visits: "visits"
            case .visitsPlan: "visits/plan"
            case .visitsCoverage: "visits/coverage"
            case .supervisionReports: "supervision/reports"
            case .supervisionReport(let id): "supervision/reports/\(id)"
            case .supervisionReportHandling(let id): "supervision/reports/\(id)/handling"
            case .supervisionSummary: "supervision/summary"
            case .supervisionSupervisors: "supervision/supervisors"
            case .gridGrids: "grid/grids"
            case .gridEvents: "grid/events"
            case .gridEvent(let id): "grid/events/\(id)"
            case .gridEventSteps(let id): "grid/events/\(id)/steps"
            case .gridEventPhotos(let id): "grid/events/\(id)/photos"
            case .gridEventPhoto(let id, let photo): "grid/events/\(id)/photos/\(photo)"
            case .gridCampaigns: "grid/campaigns"
            case .gridCampaign(let code): "grid/campaigns/\(code)"
            case .gridWorkers: "grid/workers"
            case .gridWorker(let username): "grid/workers/\(username)"
            case .project(let id): "projects/\(id)"
            case .projectTransitions(let id): "projects/\(id)/transitions"
            case .projectStatisticsEntry(let id): "projects/\(id)/statistics-entry"
            case .projectsStalled: "projects/stalled"
            case .projectsRates: "projects/rates"
            case .chains: "chains"
            case .chain(let code): "chains/\(code)"
            case .chainFirms(let code): "chains/\(code)/firms"
            case .search: "search"
            }
        }

        /// A name as one path segment: a reference county is filed under its Chinese name.
        static func segment(_ name: String) -> String {
            name.addingPercentEncoding(withAllowedCharacters: CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? name
        }

        /// The path as route components below `/api/v1`, with `:name` for parameters.
        var components: [PathComponent] {
            path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }

    /// The path as route components, with `:name` for parameters.
    var components: [PathComponent] {
        path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}

/// The name of a path parameter, said once for the route that declares it and the handler that
/// reads it.
enum PathParameter: String {
    case action, code, date, file, id, number, username, year
    case creditCode = "credit_code"
    case trackingNumber = "tracking_number"
}

extension String {
    /// Stands for a parameter's value in a `SiteURL` a route is registered with.
    static func placeholder(_ parameter: PathParameter) -> String { ":" + parameter.rawValue }
}

extension Parameters {
    /// The value of a path parameter the route declares (a 500 if it does not: a programming error).
    func require(_ parameter: PathParameter) throws -> String {
        try require(parameter.rawValue)
    }

    /// The value of a path parameter as `type`, or 400 when it cannot be one.
    func require<T: LosslessStringConvertible>(_ parameter: PathParameter, as type: T.Type) throws -> T {
        try require(parameter.rawValue, as: type)
    }
}
