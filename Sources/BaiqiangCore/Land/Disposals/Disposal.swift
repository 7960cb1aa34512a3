/// One disposal of (part of) a parcel (低效用地处置): what is done, over how much land, from when
/// to when, by whom, how far it has got and, once done, what the parcel looks like afterwards.
public struct Disposal: Sendable, Hashable {
    public var parcelNumber: String
    public var action: DisposalAction
    public var area: LandArea
    public var started: LocalDate
    /// When it is meant to be done (计划完成日期).
    public var plannedCompletion: LocalDate?
    /// Set when the disposal is completed.
    public var completed: LocalDate?
    public var status: DisposalStatus
    /// The responsible unit (责任单位), a department or town code.
    public var responsibleUnit: String?
    public var note: String?
    /// Why it was given up; set exactly when withdrawn.
    public var withdrawnReason: String?
    /// The parcel's plot ratio once the disposal is done (处置后容积率).
    public var plotRatioAfter: Double?
    /// The tax per mu (万元/亩) on the parcel once the disposal is done (处置后亩均税收).
    public var taxPerMuAfterWan: Double?

    public init(parcelNumber: String, action: DisposalAction, area: LandArea, started: LocalDate, plannedCompletion: LocalDate? = nil,
                completed: LocalDate? = nil, status: DisposalStatus, responsibleUnit: String? = nil, note: String? = nil,
                withdrawnReason: String? = nil, plotRatioAfter: Double? = nil, taxPerMuAfterWan: Double? = nil) {
        self.parcelNumber = parcelNumber
        self.action = action
        self.area = area
        self.started = started
        self.plannedCompletion = plannedCompletion
        self.completed = completed
        self.status = status
        self.responsibleUnit = responsibleUnit
        self.note = note
        self.withdrawnReason = withdrawnReason
        self.plotRatioAfter = plotRatioAfter
        self.taxPerMuAfterWan = taxPerMuAfterWan
    }

    /// Whether the two hold the parcel on a common day. The days are inclusive, and one not yet
    /// completed holds it from its start on; one withdrawn holds it on no day at all.
    func overlaps(_ other: Disposal) -> Bool {
        guard status != .withdrawn, other.status != .withdrawn else { return false }
        let open = LocalDate(year: 9999, month: 12, day: 31)!
        let end = completed ?? open
        let otherEnd = other.completed ?? open
        return started <= otherEnd && other.started <= end
    }
}

/// The names under which a disposal's fields travel in forms, files and the API, so a problem
/// found by `DisposalCheck` names the field the user filled in.
public enum DisposalField: String, Sendable, CaseIterable {
    case parcelNumber = "parcel_number"
    case action
    case areaMu = "area_mu"
    case started
    case plannedCompletion = "planned_completion"
    case completed
    case status
    case responsibleUnit = "responsible_unit"
    case note
    case withdrawnReason = "withdrawn_reason"
    case plotRatioAfter = "plot_ratio_after"
    case taxPerMuAfter = "tax_per_mu_after"
    /// Why a recorded disposal was corrected.
    case reason
}

/// The checks a disposal must pass before it is recorded.
public enum DisposalCheck {
    /// A plot ratio above this is a typing error, not a building.
    public static let plotRatioRange: ClosedRange<Double> = 0...50

    /// Why `disposal` cannot be recorded on a parcel of `parcelArea` that already has `others`
    /// (not including itself), each naming its field; empty when it can.
    public static func issues(_ disposal: Disposal, parcelArea: LandArea, others: [Disposal]) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func report(_ field: DisposalField, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: nil, column: field.rawValue, reason: reason))
        }
        if disposal.area.squareMetres <= 0 || !disposal.area.squareMetres.isFinite {
            report(.areaMu, BilingualText(zh: "处置面积应大于 0", en: "The disposed area must be more than 0"))
        }
        // Areas are compared to the centimetre: a disposal of the whole parcel, measured the same way, is not "larger".
        if (disposal.area.squareMetres * 100).rounded() > (parcelArea.squareMetres * 100).rounded() {
            report(.areaMu, BilingualText(zh: "处置面积大于宗地面积", en: "The disposed area is larger than the parcel"))
        }
        if let planned = disposal.plannedCompletion, planned < disposal.started {
            report(.plannedCompletion, BilingualText(zh: "计划完成日期早于开始日期", en: "The planned completion is before the start"))
        }
        if let completed = disposal.completed, completed < disposal.started {
            report(.completed, BilingualText(zh: "完成日期早于开始日期", en: "The completion date is before the start"))
        }
        if (disposal.status == .completed) != (disposal.completed != nil) {
            report(.completed, BilingualText(zh: "已完成的处置须有完成日期，未完成的不能有", en: "A completed disposal has a completion date; others have none"))
        }
        if (disposal.status == .withdrawn) != (disposal.withdrawnReason?.isEmpty == false) {
            report(.withdrawnReason, BilingualText(zh: "撤销的处置须写明原因，未撤销的不能有撤销原因",
                                                   en: "A withdrawn disposal gives its reason; others have none"))
        }
        if disposal.status != .completed, disposal.plotRatioAfter != nil || disposal.taxPerMuAfterWan != nil {
            report(disposal.plotRatioAfter != nil ? .plotRatioAfter : .taxPerMuAfter,
                   BilingualText(zh: "处置完成后才有处置后指标", en: "The figures afterwards exist only once the disposal is completed"))
        }
        var fields = FieldChecker()
        fields.number(disposal.plotRatioAfter, in: plotRatioRange, field: DisposalField.plotRatioAfter.rawValue)
        fields.number(disposal.taxPerMuAfterWan, in: 0...FieldLimits.maximumMagnitude, field: DisposalField.taxPerMuAfter.rawValue)
        fields.text(disposal.responsibleUnit, .name, field: DisposalField.responsibleUnit.rawValue)
        fields.text(disposal.note, .note, field: DisposalField.note.rawValue)
        fields.text(disposal.withdrawnReason, .note, field: DisposalField.withdrawnReason.rawValue)
        issues += fields.issues
        if others.contains(where: { $0.parcelNumber == disposal.parcelNumber && $0.overlaps(disposal) }) {
            report(.started, BilingualText(zh: "与该宗地的另一项处置时间重叠", en: "It overlaps another disposal of the same parcel in time"))
        }
        return issues
    }

    /// The reasons alone of `issues(_:parcelArea:others:)`.
    public static func problems(_ disposal: Disposal, parcelArea: LandArea, others: [Disposal]) -> [BilingualText] {
        issues(disposal, parcelArea: parcelArea, others: others).map(\.reason)
    }

    /// `disposal` moved on to `status`: completing records the day and the figures afterwards,
    /// withdrawing records the reason. A move its status does not allow (`DisposalStatus.next`)
    /// is an issue; the result is then checked like any disposal.
    public static func advance(_ disposal: Disposal, to status: DisposalStatus, completed: LocalDate?, reason: String?,
                               plotRatioAfter: Double?, taxPerMuAfterWan: Double?) -> (disposal: Disposal, issues: [LocatedIssue]) {
        guard disposal.status.next.contains(status) else {
            return (disposal, [LocatedIssue(row: nil, column: DisposalField.status.rawValue, reason: BilingualText(
                zh: "“\(disposal.status.label.zh)”的处置不能改为“\(status.label.zh)”",
                en: "A disposal that is \(disposal.status.label.en.lowercased()) cannot become \(status.label.en.lowercased())"))])
        }
        var moved = disposal
        moved.status = status
        var issues: [LocatedIssue] = []
        switch status {
        case .completed:
            if completed == nil {
                issues.append(LocatedIssue(row: nil, column: DisposalField.completed.rawValue,
                                           reason: BilingualText(zh: "请填写完成日期", en: "Give the completion date")))
            }
            moved.completed = completed
            moved.plotRatioAfter = plotRatioAfter
            moved.taxPerMuAfterWan = taxPerMuAfterWan
        case .withdrawn:
            if reason?.isEmpty != false {
                issues.append(LocatedIssue(row: nil, column: DisposalField.withdrawnReason.rawValue,
                                           reason: BilingualText(zh: "请写明撤销原因", en: "Give the reason for withdrawing")))
            }
            moved.withdrawnReason = reason
        case .planned, .inProgress:
            break
        }
        return (moved, issues)
    }

    /// Hectares disposed by completed disposals whose completion falls in `window` (inclusive):
    /// what the plan's three-year target counts.
    public static func completedHectares(_ disposals: [Disposal], in window: ClosedRange<LocalDate>) -> Double {
        disposals.reduce(0) { sum, disposal in
            guard disposal.status == .completed, let completed = disposal.completed, window.contains(completed) else { return sum }
            return sum + disposal.area.hectares
        }
    }
}
