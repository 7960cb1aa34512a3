/// Every action the audit log records, with its name in both languages. The recorder takes only
/// these, so an action without a name cannot be recorded; the stored code never changes once
/// rows carry it, since the hash chain covers it.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case loginSucceeded = "login.succeeded"
    case loginFailed = "login.failed"
    case loginSecondFactorAsked = "login.second_factor_asked"
    case loginSecondFactorFailed = "login.second_factor_failed"
    case logout = "logout"
    case sessionCountyChosen = "session.county_chosen"
    case countyCreate = "county.create"
    case sessionEnded = "session.ended"
    case secondFactorEnrolled = "second_factor.enrolled"
    case secondFactorConfirmed = "second_factor.confirmed"
    case secondFactorReset = "second_factor.reset"
    case secondFactorGraceStarted = "second_factor.grace_started"
    case secondFactorRecoveryUsed = "second_factor.recovery_used"
    case tokenCreate = "token.create"
    case tokenRevoke = "token.revoke"
    case userCreate = "user.create"
    case userResetPassword = "user.reset_password"
    case userChangePassword = "user.change_password"
    case userActivate = "user.activate"
    case userDeactivate = "user.deactivate"
    case userUnlock = "user.unlock"
    case userDisabledInactive = "user.disabled_inactive"
    case databaseBackup = "database.backup"
    case auditExported = "audit.exported"
    case auditPruned = "audit.pruned"
    case planImport = "plan.import"
    case planLoadDefault = "plan.load_default"
    case planMakeCurrent = "plan.make_current"
    case planPublish = "plan.publish"
    case planUnpublish = "plan.unpublish"
    case planStartNext = "plan.start_next"
    case planObservationAdd = "plan.observation.add"
    case planObservationCorrect = "plan.observation.correct"
    case planObservationWithdraw = "plan.observation.withdraw"
    case planObservationPublish = "plan.observation.publish"
    case planMilestoneUpdate = "plan.milestone.update"
    case departmentCreate = "department.create"
    case townCreate = "town.create"
    case evaluationRun = "evaluation.run"
    case evaluationRunPublished = "evaluation.run.published"
    case projectsCreated = "projects.created"
    case projectsStageChanged = "projects.stage.changed"
    case projectsStatisticsEntryRecorded = "projects.statistics_entry.recorded"
    case projectsChanged = "projects.changed"
    case demandSubmit = "demand.submit"
    case demandAccept = "demand.accept"
    case demandAssign = "demand.assign"
    case demandReassign = "demand.reassign"
    case demandReturnToCentre = "demand.return"
    case demandRespond = "demand.respond"
    case demandProposeSolution = "demand.propose_solution"
    case demandResolve = "demand.resolve"
    case demandReturnVisit = "demand.return_visit"
    case demandRedo = "demand.redo"
    case demandCloseUnsatisfied = "demand.close_unsatisfied"
    case demandRequestExtension = "demand.request_extension"
    case demandApproveExtension = "demand.approve_extension"
    case demandRefuseExtension = "demand.refuse_extension"
    case demandUrge = "demand.urge"
    case demandEscalate = "demand.escalate"
    case demandRoutingRuleSave = "demand.routing_rule.save"
    case open311KeyCreate = "open311.key.create"
    case registryImportEnterprises = "registry.import.enterprises"
    case registryImportFigures = "registry.import.figures"
    case registryImportMonthly = "registry.import.monthly"
    case registryDemoFill = "registry.demo_fill"
    case enterpriseUpdate = "enterprise.update"
    case visitRecord = "visit.record"
    case visitDemand = "visit.demand"
    case visitImport = "visit.import"
    case visitPlanSet = "visit.plan.set"
    case supervisorAppoint = "supervision.supervisor.appoint"
    case supervisionReportFile = "supervision.report.file"
    case supervisionReportHandle = "supervision.report.handle"
    case calendarYearSave = "calendar.year.save"
    case calendarYearLoad = "calendar.year.load"
    case countiesFigureRecorded = "counties.figure.recorded"
    case countiesFigureCorrected = "counties.figure.corrected"
    case countiesReferenceAdded = "counties.reference.added"
    case countiesReferenceRemoved = "counties.reference.removed"
    case countiesReferenceFigureRecorded = "counties.reference_figure.recorded"
    case countiesReferenceFigureCorrected = "counties.reference_figure.corrected"
    case countiesThresholdSet = "counties.threshold.set"
    case countiesThresholdRemoved = "counties.threshold.removed"
    case chainsCreated = "chains.created"
    case chainsChanged = "chains.changed"
    case chainsFirmAdd = "chains.firm.add"
    case chainsFirmRemove = "chains.firm.remove"
    case landParcelsImported = "land.parcels.imported"
    case landDisposalsImported = "land.disposals.imported"
    case landDisposalRecorded = "land.disposal.recorded"
    case landDisposalAdvanced = "land.disposal.advanced"
    case landDisposalCorrected = "land.disposal.corrected"
    case landDisposalsRecorded = "land.disposals.recorded"
    case landRulesChanged = "land.rules.changed"
    case gridsImported = "grid.grids.imported"
    case gridWorkersBound = "grid.workers.bound"
    case gridWorkerUnbound = "grid.worker.unbound"
    case gridEventReported = "grid.event.reported"
    case gridEventAction = "grid.event.action"
    case gridEventPhotoAdded = "grid.event.photo.added"
    case gridCampaignSaved = "grid.campaign.saved"

    /// The code stored in the log.
    public var code: String { rawValue }

    /// A demand's action, as its event log names it.
    public static func demand(_ kind: DemandActionKind) -> AuditAction {
        switch kind {
        case .accept: .demandAccept
        case .assign: .demandAssign
        case .reassign: .demandReassign
        case .returnToCentre: .demandReturnToCentre
        case .respond: .demandRespond
        case .proposeSolution: .demandProposeSolution
        case .resolve: .demandResolve
        case .returnVisit: .demandReturnVisit
        case .redo: .demandRedo
        case .closeUnsatisfied: .demandCloseUnsatisfied
        case .requestExtension: .demandRequestExtension
        case .approveExtension: .demandApproveExtension
        case .refuseExtension: .demandRefuseExtension
        case .urge: .demandUrge
        case .escalate: .demandEscalate
        }
    }

    /// A firm placed on or taken off a chain's node.
    public static func chainsFirm(_ kind: ChainNodeOverride.Kind) -> AuditAction {
        switch kind {
        case .add: .chainsFirmAdd
        case .remove: .chainsFirmRemove
        }
    }

    /// The name of a stored code in `language`, or the code itself for one no longer recorded.
    public static func name(of code: String, in language: Language) -> String {
        AuditAction(rawValue: code)?.name.text(for: language) ?? code
    }
}
