/// Every kind of thing the audit log records a change to, with its name in both languages; the
/// recorder takes only these. The codes are those already stored (some are table names).
public enum AuditEntity: String, Sendable, Hashable, CaseIterable {
    case user
    case userSession = "user_session"
    case apiToken = "api_token"
    case database
    case auditLog = "audit_log"
    case plan
    case kpi
    case milestone
    case county
    case department
    case town
    case evaluationRun = "evaluation_run"
    case project = "projects"
    case demand
    case demandRoutingRule = "demand_routing_rule"
    case open311Key = "open311_key"
    case registryImport = "import"
    case registry
    case enterprise
    case calendarYear = "calendar_year"
    case regionalFigures = "regional_figures"
    case referenceCounty = "reference_counties"
    case readinessThreshold = "readiness_thresholds"
    case chain = "chains"
    case chainFirmOverride = "chain_firm_overrides"
    case landParcels = "land_parcels"
    case landDisposal = "land_disposals"
    case landRules = "land_rule_sets"
    case visit = "visits"
    case visitPlan = "visit_plans"
    case supervisor = "supervisors"
    case supervisionReport = "supervision_reports"
    case grid = "grids"
    case gridEvent = "grid_events"
    case gridCampaign = "grid_campaigns"
    case gridWorker = "grid_workers"

    public var code: String { rawValue }

    public var name: BilingualText {
        switch self {
        case .user: BilingualText(zh: "账号", en: "Account")
        case .userSession: BilingualText(zh: "登录会话", en: "Session")
        case .apiToken: BilingualText(zh: "API 令牌", en: "API token")
        case .database: BilingualText(zh: "数据库", en: "Database")
        case .auditLog: BilingualText(zh: "审计日志", en: "Audit log")
        case .plan: BilingualText(zh: "规划", en: "Plan")
        case .kpi: BilingualText(zh: "指标", en: "KPI")
        case .milestone: BilingualText(zh: "节点", en: "Milestone")
        case .county: BilingualText(zh: "县（市、区）", en: "County")
        case .department: BilingualText(zh: "部门", en: "Department")
        case .town: BilingualText(zh: "镇街", en: "Town")
        case .evaluationRun: BilingualText(zh: "评价运行", en: "Evaluation run")
        case .project: BilingualText(zh: "项目", en: "Project")
        case .demand: BilingualText(zh: "诉求", en: "Demand")
        case .demandRoutingRule: BilingualText(zh: "诉求分派规则", en: "Demand routing rule")
        case .open311Key: BilingualText(zh: "Open311 接入密钥", en: "Open311 key")
        case .registryImport: BilingualText(zh: "导入批次", en: "Import")
        case .registry: BilingualText(zh: "企业名录", en: "Enterprise registry")
        case .enterprise: BilingualText(zh: "企业", en: "Enterprise")
        case .calendarYear: BilingualText(zh: "节假日日历", en: "Holiday calendar")
        case .regionalFigures: BilingualText(zh: "县域指标", en: "County figures")
        case .referenceCounty: BilingualText(zh: "对标县", en: "Reference county")
        case .readinessThreshold: BilingualText(zh: "百强门槛", en: "Readiness threshold")
        case .chain: BilingualText(zh: "产业链", en: "Industrial chain")
        case .visit: BilingualText(zh: "走访", en: "Visit")
        case .visitPlan: BilingualText(zh: "走访计划", en: "Visit plan")
        case .supervisor: BilingualText(zh: "特约监督员", en: "Special supervisor")
        case .supervisionReport: BilingualText(zh: "监督反映", en: "Supervision report")
        case .grid: BilingualText(zh: "网格", en: "Grid")
        case .gridEvent: BilingualText(zh: "网格事件", en: "Grid event")
        case .gridCampaign: BilingualText(zh: "专项整治", en: "Campaign")
        case .gridWorker: BilingualText(zh: "网格员", en: "Grid worker")
        case .chainFirmOverride: BilingualText(zh: "产业链企业调整", en: "Chain firm placement")
        case .landParcels: BilingualText(zh: "地块", en: "Parcels")
        case .landDisposal: BilingualText(zh: "低效用地处置", en: "Land disposal")
        case .landRules: BilingualText(zh: "低效用地认定规则", en: "Low-efficiency rules")
        }
    }

    /// The name of a stored code in `language`, or the code itself for one no longer recorded.
    public static func name(of code: String, in language: Language) -> String {
        AuditEntity(rawValue: code)?.name.text(for: language) ?? code
    }
}
