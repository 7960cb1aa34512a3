/// What each audited action is called on the audit page and in its export.
extension AuditAction {
    public var name: BilingualText {
        switch self {
        case .loginSucceeded: BilingualText(zh: "登录成功", en: "Signed in")
        case .loginFailed: BilingualText(zh: "登录失败", en: "Sign-in failed")
        case .loginSecondFactorAsked: BilingualText(zh: "登录：要求动态验证码", en: "Sign-in: one-time code asked")
        case .loginSecondFactorFailed: BilingualText(zh: "登录：动态验证码错误", en: "Sign-in: wrong one-time code")
        case .logout: BilingualText(zh: "退出登录", en: "Signed out")
        case .sessionCountyChosen: BilingualText(zh: "切换查看的县（市、区）", en: "County viewed changed")
        case .countyCreate: BilingualText(zh: "新增县（市、区）", en: "County added")
        case .sessionEnded: BilingualText(zh: "会话结束", en: "Session ended")
        case .secondFactorEnrolled: BilingualText(zh: "开始绑定双重验证", en: "Two-step verification enrolled")
        case .secondFactorConfirmed: BilingualText(zh: "确认双重验证", en: "Two-step verification confirmed")
        case .secondFactorReset: BilingualText(zh: "重置双重验证", en: "Two-step verification reset")
        case .secondFactorGraceStarted: BilingualText(zh: "双重验证宽限期开始", en: "Two-step verification grace period started")
        case .secondFactorRecoveryUsed: BilingualText(zh: "使用恢复码登录", en: "Recovery code used")
        case .tokenCreate: BilingualText(zh: "创建 API 令牌", en: "API token created")
        case .tokenRevoke: BilingualText(zh: "吊销 API 令牌", en: "API token revoked")
        case .userCreate: BilingualText(zh: "新建账号", en: "Account created")
        case .userResetPassword: BilingualText(zh: "重置密码", en: "Password reset")
        case .userChangePassword: BilingualText(zh: "修改密码", en: "Password changed")
        case .userActivate: BilingualText(zh: "启用账号", en: "Account enabled")
        case .userDeactivate: BilingualText(zh: "停用账号", en: "Account disabled")
        case .userUnlock: BilingualText(zh: "解除账号锁定", en: "Account unlocked")
        case .userDisabledInactive: BilingualText(zh: "停用长期未登录账号", en: "Inactive account disabled")
        case .databaseBackup: BilingualText(zh: "备份数据库", en: "Database backed up")
        case .auditExported: BilingualText(zh: "导出审计日志", en: "Audit log exported")
        case .auditPruned: BilingualText(zh: "清理过期审计日志", en: "Old audit log rows pruned")
        case .planImport: BilingualText(zh: "导入规划", en: "Plan imported")
        case .planLoadDefault: BilingualText(zh: "载入默认规划", en: "Default plan loaded")
        case .planMakeCurrent: BilingualText(zh: "设为当前规划", en: "Plan made current")
        case .planPublish: BilingualText(zh: "公开规划", en: "Plan published")
        case .planUnpublish: BilingualText(zh: "取消公开规划", en: "Plan unpublished")
        case .planStartNext: BilingualText(zh: "开始下一期规划", en: "Next plan period started")
        case .planObservationAdd: BilingualText(zh: "填报指标数据", en: "KPI figure entered")
        case .planObservationCorrect: BilingualText(zh: "更正指标数据", en: "KPI figure corrected")
        case .planObservationWithdraw: BilingualText(zh: "撤回指标数据", en: "KPI figure withdrawn")
        case .planObservationPublish: BilingualText(zh: "发布指标数据", en: "KPI figure published")
        case .planMilestoneUpdate: BilingualText(zh: "更新节点", en: "Milestone updated")
        case .departmentCreate: BilingualText(zh: "新建部门", en: "Department created")
        case .townCreate: BilingualText(zh: "新建镇街", en: "Town created")
        case .evaluationRun: BilingualText(zh: "运行亩均评价", en: "Evaluation run")
        case .evaluationRunPublished: BilingualText(zh: "发布评价结果", en: "Evaluation run published")
        case .projectsCreated: BilingualText(zh: "登记项目", en: "Project recorded")
        case .projectsStageChanged: BilingualText(zh: "项目阶段变更", en: "Project stage changed")
        case .projectsStatisticsEntryRecorded: BilingualText(zh: "登记项目入库日期", en: "Project statistics entry recorded")
        case .demandSubmit: BilingualText(zh: "诉求：提交", en: "Demand: submit")
        case .demandAccept, .demandAssign, .demandReassign, .demandReturnToCentre, .demandRespond, .demandProposeSolution,
             .demandResolve, .demandReturnVisit, .demandRedo, .demandCloseUnsatisfied, .demandRequestExtension,
             .demandApproveExtension, .demandRefuseExtension, .demandUrge, .demandEscalate:
            demandName
        case .demandRoutingRuleSave: BilingualText(zh: "保存诉求分派规则", en: "Demand routing rule saved")
        case .open311KeyCreate: BilingualText(zh: "创建 Open311 接入密钥", en: "Open311 key created")
        case .registryImportEnterprises: BilingualText(zh: "导入企业名录", en: "Enterprise registry imported")
        case .registryImportFigures: BilingualText(zh: "导入企业年度数据", en: "Yearly firm figures imported")
        case .registryImportMonthly: BilingualText(zh: "导入企业月度数据", en: "Monthly firm figures imported")
        case .registryDemoFill: BilingualText(zh: "生成演示企业数据", en: "Demo firms generated")
        case .enterpriseUpdate: BilingualText(zh: "修改企业信息", en: "Enterprise record changed")
        case .calendarYearSave: BilingualText(zh: "保存节假日日历", en: "Holiday calendar saved")
        case .calendarYearLoad: BilingualText(zh: "载入节假日日历", en: "Holiday calendar loaded")
        case .countiesFigureRecorded: BilingualText(zh: "录入县域指标", en: "County figure recorded")
        case .countiesFigureCorrected: BilingualText(zh: "更正县域指标", en: "County figure corrected")
        case .chainsCreated: BilingualText(zh: "新建产业链", en: "Chain created")
        case .chainsChanged: BilingualText(zh: "修改产业链", en: "Chain changed")
        case .chainsFirmAdd: BilingualText(zh: "产业链节点加入企业", en: "Firm placed on a chain node")
        case .chainsFirmRemove: BilingualText(zh: "产业链节点移出企业", en: "Firm taken off a chain node")
        case .landParcelsImported: BilingualText(zh: "导入地块", en: "Parcels imported")
        case .landDisposalsImported: BilingualText(zh: "导入处置记录", en: "Disposals imported")
        case .landDisposalRecorded: BilingualText(zh: "登记处置", en: "Disposal recorded")
        case .landDisposalAdvanced: BilingualText(zh: "推进处置", en: "Disposal advanced")
        case .landDisposalCorrected: BilingualText(zh: "更正处置", en: "Disposal corrected")
        case .landDisposalsRecorded: BilingualText(zh: "批量登记处置", en: "Disposals recorded in bulk")
        }
    }

    /// A demand action is called what its button is called.
    private var demandName: BilingualText {
        let kind = DemandActionKind.allCases.first { AuditAction.demand($0) == self }
        let label = kind?.label ?? BilingualText(zh: rawValue, en: rawValue)
        return BilingualText(zh: "诉求：\(label.zh)", en: "Demand: \(label.en.lowercased())")
    }
}
