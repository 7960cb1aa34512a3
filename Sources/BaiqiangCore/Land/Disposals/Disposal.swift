/// One disposal of (part of) a parcel (低效用地处置): what is done, over how much land, from when
/// to when, by whom, and how far it has got.
public struct Disposal: Sendable, Hashable {
    public var parcelNumber: String
    public var action: DisposalAction
    public var area: LandArea
    public var started: LocalDate
    /// Set when the disposal is completed.
    public var completed: LocalDate?
    public var status: DisposalStatus
    /// The responsible unit (责任单位), a department or town code.
    public var responsibleUnit: String?

    public init(parcelNumber: String, action: DisposalAction, area: LandArea, started: LocalDate, completed: LocalDate? = nil,
                status: DisposalStatus, responsibleUnit: String? = nil) {
        self.parcelNumber = parcelNumber
        self.action = action
        self.area = area
        self.started = started
        self.completed = completed
        self.status = status
        self.responsibleUnit = responsibleUnit
    }

    /// The days it covers, open-ended while not completed.
    func overlaps(_ other: Disposal) -> Bool {
        let open = LocalDate(year: 9999, month: 12, day: 31)!
        let end = completed ?? open
        let otherEnd = other.completed ?? open
        return started <= otherEnd && other.started <= end
    }
}

/// The checks a disposal must pass before it is recorded.
public enum DisposalCheck {
    /// Why `disposal` cannot be recorded on a parcel of `parcelArea` that already has `others`;
    /// empty when it can.
    public static func problems(_ disposal: Disposal, parcelArea: LandArea, others: [Disposal]) -> [BilingualText] {
        var problems: [BilingualText] = []
        if disposal.area.squareMetres <= 0 {
            problems.append(BilingualText(zh: "处置面积应大于 0", en: "The disposed area must be more than 0"))
        }
        // Areas are compared to the centimetre: a disposal of the whole parcel, measured the same way, is not "larger".
        if (disposal.area.squareMetres * 100).rounded() > (parcelArea.squareMetres * 100).rounded() {
            problems.append(BilingualText(zh: "处置面积大于宗地面积", en: "The disposed area is larger than the parcel"))
        }
        if let completed = disposal.completed, completed < disposal.started {
            problems.append(BilingualText(zh: "完成日期早于开始日期", en: "The completion date is before the start"))
        }
        if (disposal.status == .completed) != (disposal.completed != nil) {
            problems.append(BilingualText(zh: "已完成的处置须有完成日期，未完成的不能有", en: "A completed disposal has a completion date; others have none"))
        }
        if others.contains(where: { $0.parcelNumber == disposal.parcelNumber && $0.overlaps(disposal) }) {
            problems.append(BilingualText(zh: "与该宗地的另一项处置时间重叠", en: "It overlaps another disposal of the same parcel in time"))
        }
        return problems
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
