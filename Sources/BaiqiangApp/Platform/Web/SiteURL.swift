import Vapor

/// Every page of the site, used both to register routes and to make links, so a link to a page
/// that does not exist cannot be written.
enum SiteURL: Equatable {
    case home
    case login
    case logout
    case language(String)
    case capability(Capability)
    case enterprises
    case enterprise(creditCode: String)
    case enterpriseLadder
    case enterpriseEdit(creditCode: String)
    case enterpriseImport
    case enterpriseExport(format: String)
    case adminUsers
    case adminUserAction(username: String, action: String)
    case adminAudit
    case account
    case accountTokens
    case accountPassword
    case accountTokenRevoke(id: String)
    case evaluation
    case evaluationRuns
    case evaluationRun(id: String)
    case evaluationFirm(id: String, code: String)
    case evaluationExport(id: String, format: String)
    case evaluationCompare
    case evaluationConsecutiveD
    case plan
    case planKPI(code: String)
    case planKPIObservations(code: String)
    case planMilestone(code: String)
    case planScreen
    case planReport
    case planImport
    case planExport(format: String)
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
    case adminCalendarYear(year: Int)

    /// The capabilities of the navigation; those still to come show an honest placeholder.
    enum Capability: String, CaseIterable {
        case land, projects, counties
    }

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .language(let code): "/language/\(code)"
        case .capability(let capability): "/\(capability.rawValue)"
        case .enterprises: "/enterprises"
        case .enterprise(let code): "/enterprises/\(code)"
        case .enterpriseLadder: "/registry/ladder"
        case .enterpriseEdit(let code): "/enterprises/\(code)/edit"
        case .enterpriseImport: "/registry/import"
        case .enterpriseExport(let format): "/registry/export.\(format)"
        case .adminUsers: "/admin/users"
        case .adminUserAction(let username, let action): "/admin/users/\(username)/\(action)"
        case .adminAudit: "/admin/audit"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case .accountPassword: "/account/password"
        case .accountTokenRevoke(let id): "/account/tokens/\(id)/revoke"
        case .evaluation: "/evaluation"
        case .evaluationRuns: "/evaluation/runs"
        case .evaluationRun(let id): "/evaluation/runs/\(id)"
        case .evaluationFirm(let id, let code): "/evaluation/runs/\(id)/firms/\(code)"
        case .evaluationExport(let id, let format): "/evaluation/runs/\(id)/export.\(format)"
        case .evaluationCompare: "/evaluation/compare"
        case .evaluationConsecutiveD: "/evaluation/consecutive-d"
        case .plan: "/plan"
        case .planKPI(let code): "/plan/kpis/\(code)"
        case .planKPIObservations(let code): "/plan/kpis/\(code)/observations"
        case .planMilestone(let code): "/plan/milestones/\(code)"
        case .planScreen: "/plan/screen"
        case .planReport: "/plan/report"
        case .planImport: "/plan/import"
        case .planExport(let format): "/plan/export.\(format)"
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
        }
    }

    /// The path as route components, with `:name` for parameters.
    var components: [PathComponent] {
        path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}
