import Foundation

/// The rules of handling a demand (诉求办理流程): who may do what, from which state, and what it
/// changes. Pure: it takes a demand and returns the next one, or refuses with a reason.
public struct DemandWorkflow: Sendable {
    public let calendar: WorkingDayCalendar
    public let categories: DemandCategoryCatalog
    /// Who acts as the centre (签收, 交办, 回访): the demand centre for demands; for records a town
    /// keeps, such as grid events (网格事件), that town's account as well.
    public let centre: WorkflowCentre

    public init(calendar: WorkingDayCalendar, categories: DemandCategoryCatalog, centre: WorkflowCentre = .demandCentre) {
        self.calendar = calendar
        self.categories = categories
        self.centre = centre
    }

    /// The state of a new record of `categoryCode` received at `now`, its clocks started. The
    /// caller has checked who may raise it; `submit` does so for demands.
    public func start(
        categoryCode: String, enterpriseCode: String, townCode: String?, at now: Date
    ) throws(DemandWorkflowError) -> DemandState {
        guard let category = categories.category(categoryCode) else {
            throw DemandWorkflowError(.unknownCategory(categoryCode))
        }
        return DemandState(
            status: .submitted, categoryCode: category.code, enterpriseCode: enterpriseCode,
            townCode: townCode, submittedAt: now,
            deadlines: DemandDeadlines(category: category, receipt: now, calendar: calendar))
    }

    /// Raises a demand: checks the text and category, starts the clocks at `now`.
    public func submit(
        _ submission: DemandSubmission, by actor: DemandActor, at now: Date, fromVisit: Bool = false
    ) throws(DemandWorkflowError) -> DemandState {
        let description = submission.description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !description.isEmpty else { throw DemandWorkflowError(.emptyDescription) }
        guard FieldLimits.fits(description, .demandText) else {
            throw DemandWorkflowError(.descriptionTooLong(limit: DemandSubmission.maximumDescriptionLength))
        }
        guard categories.category(submission.categoryCode) != nil else {
            throw DemandWorkflowError(.unknownCategory(submission.categoryCode))
        }
        // The enterprise raises its own demands; the centre may register one taken by phone.
        // …and a leader (or whoever keeps their records) turns a problem heard on a visit into one.
        let allowed = fromVisit ? Permissions(actor).allows(.recordVisits) : Permissions(actor).allows(.submitDemand)
        guard allowed else { throw DemandWorkflowError(.submitNotAllowed(actor.role)) }
        try DemandSubmission.checkSubmitter(actor, enterpriseCode: submission.enterpriseCode)
        return try start(categoryCode: submission.categoryCode, enterpriseCode: submission.enterpriseCode,
                         townCode: submission.townCode, at: now)
    }

    /// Applies an action, or throws why not (wrong role, wrong unit, wrong state, missing text …).
    public func apply(
        _ action: DemandAction, by actor: DemandActor, at now: Date, to demand: DemandState
    ) throws(DemandWorkflowError) -> DemandState {
        let rule = DemandTransitionRule.rule(for: action.kind)
        // Role, then state, then unit: a role that may never do this hears so first, and a
        // department learns the state is wrong before being told whose demand it is.
        guard rule.roles(centre: centre).contains(actor.role) else {
            throw DemandWorkflowError(.roleNotAllowed(rule.action, actor.role))
        }
        guard rule.from.contains(demand.status) else {
            throw DemandWorkflowError(.illegalTransition(action.kind, demand.status))
        }
        try Self.checkPerformer(actor, rule: rule, demand: demand, centre: centre)
        if let text = action.requiredText,
           text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DemandWorkflowError(.textRequired(action.kind))
        }
        let textKind = action.kind.textField
        if action.texts.contains(where: { !FieldLimits.fits($0, textKind) }) {
            throw DemandWorkflowError(.textTooLong(limit: textKind.maximumLength))
        }
        if case .escalate(let leader) = action, !FieldLimits.fits(leader, .contact) {
            throw DemandWorkflowError(.textTooLong(limit: TextFieldKind.contact.maximumLength))
        }
        return try changed(demand, by: action, at: now)
    }

    /// The actions this actor could take on the demand now (the buttons a page shows).
    public func availableActions(for actor: DemandActor, on demand: DemandState, at now: Date) -> [DemandActionKind] {
        DemandTransitionRule.all.compactMap { rule in
            guard rule.from.contains(demand.status),
                  rule.performers.contains(where: { $0.admits(actor, on: demand, centre: centre) }) else { return nil }
            switch rule.action {
            case .requestExtension where demand.pendingExtension != nil: return nil
            case .approveExtension, .refuseExtension: if demand.pendingExtension == nil { return nil }
            case .escalate where !demand.isOverdue(at: now): return nil
            default: break
            }
            return rule.action
        }
    }

    /// Refuses an actor that is not one of the rule's parties, with the most telling reason.
    static func checkPerformer(
        _ actor: DemandActor, rule: DemandTransitionRule, demand: DemandState, centre: WorkflowCentre = .demandCentre
    ) throws(DemandWorkflowError) {
        if rule.performers.contains(where: { $0.admits(actor, on: demand, centre: centre) }) { return }
        guard rule.roles(centre: centre).contains(actor.role) else {
            throw DemandWorkflowError(.roleNotAllowed(rule.action, actor.role))
        }
        // The role fits but the account's unit does not.
        if rule.performers.contains(.handler), actor.role == .department || actor.role == .town {
            throw DemandWorkflowError(.notAssignedHandler(rule.action))
        }
        if rule.performers.contains(.centre), actor.role == .department || actor.role == .town {
            throw DemandWorkflowError(.notDemandCentre(rule.action))
        }
        throw DemandWorkflowError(.notOwnDemand)
    }

    /// The demand after an action already checked against the table.
    private func changed(
        _ old: DemandState, by action: DemandAction, at now: Date
    ) throws(DemandWorkflowError) -> DemandState {
        var demand = old
        switch action {
        case .accept:
            demand.status = .accepted
            demand.acceptedAt = now
        case .assign(let unit):
            guard !unit.code.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DemandWorkflowError(.missingHandlingUnitCode)
            }
            demand.status = .assigned
            demand.handler = unit
            demand.assignedAt = now
        case .reassign(let unit, _):
            guard !unit.code.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DemandWorkflowError(.missingHandlingUnitCode)
            }
            guard unit != demand.handler else { throw DemandWorkflowError(.sameHandlingUnit) }
            // The new unit starts handling; a request for more time was the old unit's to make.
            demand.status = .assigned
            demand.handler = unit
            demand.assignedAt = now
            demand.pendingExtension = nil
        case .returnToCentre(let reason):
            demand.status = .returned
            demand.handler = nil
            demand.pendingExtension = nil
            demand.returnCount += 1
            demand.lastReturnReason = reason
        case .respond:
            demand.status = .responded
            if demand.respondedAt == nil { demand.respondedAt = now }
        case .proposeSolution:
            if demand.solutionAt == nil { demand.solutionAt = now }
        case .resolve:
            demand.status = .resolved
            demand.resolvedAt = now
            demand.pendingExtension = nil
        case .returnVisit(let satisfaction, _):
            demand.satisfaction = satisfaction
            if satisfaction.countsAsSatisfied {
                demand.status = .closed
                demand.closedAt = now
            } else {
                demand.status = .unsatisfied
            }
        case .redo:
            guard let category = categories.category(demand.categoryCode) else {
                throw DemandWorkflowError(.unknownCategory(demand.categoryCode))
            }
            // The unit gets its solution and closure limits afresh; the first answer stands.
            let fresh = DemandDeadlines(category: category, receipt: now, calendar: calendar)
            demand.status = .assigned
            demand.redoCount += 1
            demand.clockStartedAt = now
            demand.deadlines.solution = fresh.solution
            demand.deadlines.closure = fresh.closure
            demand.solutionAt = nil
            demand.resolvedAt = nil
            demand.satisfaction = nil
        case .closeUnsatisfied:
            demand.status = .closed
            demand.closedAt = now
        case .requestExtension(let until, let reason):
            guard demand.pendingExtension == nil else { throw DemandWorkflowError(.extensionAlreadyPending) }
            guard until > demand.deadlines.closure else { throw DemandWorkflowError(.extensionNotLater) }
            demand.pendingExtension = ExtensionRequest(until: until, reason: reason, requestedAt: now)
        case .approveExtension:
            guard let request = demand.pendingExtension else { throw DemandWorkflowError(.noExtensionPending) }
            demand.deadlines.closure = request.until
            demand.extensionsGranted += 1
            demand.pendingExtension = nil
        case .refuseExtension:
            guard demand.pendingExtension != nil else { throw DemandWorkflowError(.noExtensionPending) }
            demand.pendingExtension = nil
        case .urge:
            demand.urgeCount += 1
            demand.lastUrgedAt = now
        case .escalate(let leader):
            guard !leader.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DemandWorkflowError(.leaderRequired)
            }
            guard demand.isOverdue(at: now) else { throw DemandWorkflowError(.notOverdue) }
            demand.escalatedAt = now
            demand.escalatedTo = leader
        }
        return demand
    }
}
