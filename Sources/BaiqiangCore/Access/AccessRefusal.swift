/// An account asked to do what its role may not (`Permissions`): nothing was done. Its kind is
/// `forbidden`, so every interface answers it the same way (HTTP 403, the CLI's exit code 4).
public struct AccessRefusal: BilingualError, Equatable {
    public let action: Permissions.Action

    public init(_ action: Permissions.Action) {
        self.action = action
    }

    public var kind: FailureKind { .forbidden }

    public var message: BilingualText {
        switch action {
        case .submitDemand:
            BilingualText(zh: "只有企业或诉求中心可以提交诉求", en: "Only an enterprise or the demand centre can submit a demand")
        case .recordVisits:
            BilingualText(zh: "只有领导及为其登记的部门、镇街或管理员可以登记走访", en: "Only leaders, and the departments, towns or admins keeping their records, can record visits")
        case .routeDemands:
            BilingualText(zh: "只有诉求中心（或管理员）可以签收、交办诉求和维护分派规则",
                          en: "Only the demand centre (or an administrator) can accept and assign demands and keep the routing rules")
        case .seeDemandRates:
            BilingualText(zh: "只有领导和诉求中心可以查看诉求三率", en: "Only leaders and the demand centre can see the demand rates")
        case .editEnterprise:
            BilingualText(zh: "只有管理员和部门可以修改企业信息", en: "Only administrators and departments can edit an enterprise")
        case .importRegistry:
            BilingualText(zh: "只有管理员和部门可以导入企业数据", en: "Only administrators and departments can import registry files")
        case .runEvaluation:
            BilingualText(zh: "只有管理员和部门可以运行亩均评价", en: "Only administrators and departments can run an evaluation")
        case .publishEvaluation:
            BilingualText(zh: "只有县领导和管理员可以发布亩均评价结果", en: "Only county leaders and administrators can publish an evaluation")
        case .importPlan:
            BilingualText(zh: "只有管理员可以导入规划", en: "Only administrators can import the plan")
        case .publishPlanFigures:
            BilingualText(zh: "只有管理员可以审核发布数值", en: "Only administrators can review and publish a figure")
        case .managePlans:
            BilingualText(zh: "只有管理员可以设定当前规划、发布规划或续编下一期规划",
                          en: "Only administrators can choose the current plan, publish a plan or start the next one")
        case .writePlan:
            BilingualText(zh: "只有管理员和负责该项的部门可以修改", en: "Only administrators and the department that owns it can change it")
        case .writeLand:
            BilingualText(zh: "只有管理员、自然资源局和宗地所在镇街可以登记或修改用地处置",
                          en: "Only administrators, the land bureau and the parcel's town can record or change a land disposal")
        case .keepLandRules:
            BilingualText(zh: "只有管理员和自然资源局可以修改低效用地认定规则",
                          en: "Only administrators and the land bureau can change the low-efficiency rules")
        case .enterProjects:
            BilingualText(zh: "只有管理员和部门可以录入招商项目", en: "Only administrators and departments can enter projects")
        case .editChains:
            BilingualText(zh: "只有管理员和部门可以导入、修改产业链或调整节点企业", en: "Only administrators and departments may import or edit a chain or its firms")
        case .chooseCounty:
            BilingualText(zh: "只有市级账户可以切换查看的县（市、区）", en: "Only prefecture accounts can switch between counties")
        case .editProject:
            BilingualText(zh: "只有管理员和项目的牵头部门可以变更项目", en: "Only administrators and the project's lead department can change it")
        case .configure:
            BilingualText(zh: "只有系统管理员可以修改系统配置", en: "Only the system administrator can change the configuration")
        case .manageAccounts:
            BilingualText(zh: "只有安全管理员可以管理账户（三员分立）", en: "Only the security officer can manage accounts (separation of duties)")
        case .recordRegionalFigures:
            BilingualText(zh: "只有管理员和部门可以录入区县统计数据", en: "Only administrators and departments can record regional figures")
        case .manageReferenceCounties:
            BilingualText(zh: "只有管理员、统计局和工信局可以设定对标县、录入其数据和百强门槛",
                          en: "Only administrators, the statistics bureau and the industry bureau can keep reference counties, their figures and the readiness lines")
        case .fileSupervisionReport:
            BilingualText(zh: "只有特约监督员可以提交监督反映", en: "Only a special supervisor can file a supervision report")
        case .handleSupervisionReports:
            BilingualText(zh: "只有纪委监委可以办理监督反映和聘任特约监督员",
                          en: "Only the discipline office can handle supervision reports and appoint supervisors")
        case .seeSupervisionSummary:
            BilingualText(zh: "只有纪委监委和领导可以查看监督反映年度汇总", en: "Only the discipline office and leaders can see the yearly supervision counts")
        case .reportGridEvents:
            BilingualText(zh: "只有网格员、镇街、部门和管理员可以上报网格事件",
                          en: "Only grid workers, towns, departments and administrators can report grid events")
        case .manageGrids:
            BilingualText(zh: "只有管理员和部门可以维护网格",
                          en: "Only administrators and departments can keep the grids")
        case .editCampaign:
            BilingualText(zh: "只有管理员可以设立全县或跨镇街的专项整治；镇街只能设立和修改本镇街的专项整治",
                          en: "Only administrators can keep county-wide or several towns' campaigns; a town keeps only campaigns of its own town")
        case .bindGridWorkers:
            BilingualText(zh: "只有管理员或网格所在镇街可以绑定、调整或解绑网格员",
                          en: "Only administrators, or the town the grid belongs to, can bind, move or unbind grid workers")
        case .readAudit:
            BilingualText(zh: "只有审计管理员可以查看和导出审计日志（三员分立）",
                          en: "Only the auditor can read and export the audit log (separation of duties)")
        }
    }
}
