import Foundation

/// A project's path through the pipeline (阶段记录): every dated change, oldest first. Pure: a
/// change returns the new history or refuses with a reason, so the store writes it and its audit
/// record only when the rules hold.
public struct ProjectStageHistory: Sendable, Hashable, Codable {
    public private(set) var changes: [ProjectStageChange]

    /// A project entered into the pipeline at `stage` on `date` (a lead, or a project imported at
    /// a later stage).
    public init(start stage: ProjectStage, on date: PlanDate) {
        changes = [ProjectStageChange(from: nil, to: stage, date: date)]
    }

    /// A history as it was stored, oldest first (the rules held when each change was made);
    /// nil when there is none.
    public init?(stored changes: [ProjectStageChange]) {
        guard !changes.isEmpty else { return nil }
        self.changes = changes
    }

    public var current: ProjectStage { changes[changes.count - 1].to }
    public var currentSince: PlanDate { changes[changes.count - 1].date }

    /// The day the project last reached `stage`, if it did.
    public func date(of stage: ProjectStage) -> PlanDate? {
        changes.last { $0.to == stage }?.date
    }

    /// Whether the agreement was ever signed: once it was, the project's real name is no secret.
    public var wasSigned: Bool { changes.contains { $0.to.isSignedOrLater } }

    /// Moves the project to `stage` on `date`.
    ///
    /// The next stage needs no reason; 终止, a skip past the next stage and a move back do. A
    /// date before the current stage's is refused; the same day is allowed (two steps taken at once).
    public func moving(to stage: ProjectStage, on date: PlanDate, reason: String? = nil) throws(ProjectStageError) -> ProjectStageHistory {
        let from = current
        guard from != .terminated else { throw ProjectStageError(.alreadyTerminated) }
        guard stage != from else { throw ProjectStageError(.sameStage(stage)) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        let given = reason.flatMap { $0.isEmpty ? nil : $0 }
        if let given, !FieldLimits.fits(given, .note) {
            throw ProjectStageError(.reasonTooLong(limit: TextFieldKind.note.maximumLength))
        }
        if given == nil {
            if stage == .terminated { throw ProjectStageError(.terminationNeedsReason) }
            if let to = stage.position, let at = from.position {
                if to < at { throw ProjectStageError(.backwardsNeedsReason(from: from, to: stage)) }
                if to > at + 1 { throw ProjectStageError(.skipNeedsReason(from: from, to: stage)) }
            }
        }
        guard date >= currentSince else {
            throw ProjectStageError(.dateBeforePrevious(date: date, previous: currentSince))
        }
        var next = self
        next.changes.append(ProjectStageChange(from: from, to: stage, date: date, reason: given))
        return next
    }
}

extension ProjectStageHistory {
    /// Whether the project ever reached `stage` or a later stage of the pipeline (a skip counts
    /// as passing the stages skipped).
    public func reached(_ stage: ProjectStage) -> Bool {
        guard let wanted = stage.position else { return current == .terminated }
        return changes.contains { ($0.to.position ?? -1) >= wanted }
    }

    /// The day the agreement was first signed (the first move to 签约 or later).
    public var signedOn: PlanDate? {
        changes.first { $0.to.isSignedOrLater }?.date
    }
}
