import Foundation

/// Which parcels a list, a map or an API page shows: by text, town, a rule that fires, the
/// latest disposal's status and the holder's class. One definition, so that the same link
/// narrows the list and the map alike.
public struct ParcelFilter: Sendable, Hashable {
    /// The stage of a parcel's latest disposal, or that it has none.
    public enum DisposalChoice: String, Sendable, Hashable, CaseIterable {
        case none, planned, inProgress = "in_progress", completed

        public var label: BilingualText {
            switch self {
            case .none: BilingualText(zh: "未处置", en: "No disposal")
            case .planned: DisposalStatus.planned.label
            case .inProgress: DisposalStatus.inProgress.label
            case .completed: DisposalStatus.completed.label
            }
        }

        public var status: DisposalStatus? { DisposalStatus(rawValue: rawValue) }
    }

    /// The holder's class in the latest evaluation, or that it has none (no holder, or not rated).
    public enum ClassChoice: String, Sendable, Hashable, CaseIterable {
        case a = "A", b = "B", c = "C", d = "D", t = "T", unrated = "none"

        public var evaluationClass: EvaluationClass? { EvaluationClass(rawValue: rawValue) }

        public var label: BilingualText {
            switch self {
            case .unrated: BilingualText(zh: "无评价结果", en: "No result")
            case .t: BilingualText(zh: "T 暂不评价", en: "T not rated")
            default: BilingualText(zh: "\(rawValue) 类", en: "Class \(rawValue)")
            }
        }
    }

    /// Part of a parcel number (any case), or a holder's whole credit code.
    public var text: String?
    public var townCode: String?
    /// Only parcels on which this low-efficiency rule fires.
    public var rule: String?
    public var disposal: DisposalChoice?
    public var holderClass: ClassChoice?

    public init(text: String? = nil, townCode: String? = nil, rule: String? = nil, disposal: DisposalChoice? = nil,
                holderClass: ClassChoice? = nil) {
        self.text = text
        self.townCode = townCode
        self.rule = rule
        self.disposal = disposal
        self.holderClass = holderClass
    }

    /// Longest text a filter takes: more than any parcel number or credit code.
    public static let maxTextLength = 64

    /// Whether the text criterion alone keeps a parcel of this number and holder.
    public func matches(number: String, holder: String?) -> Bool {
        guard let text else { return true }
        return number.uppercased().contains(text.uppercased()) || holder == text.uppercased()
    }

    public func matches(_ parcel: EvaluatedParcel) -> Bool {
        let record = parcel.record
        if text != nil, !matches(number: record.number, holder: record.holderCreditCode) { return false }
        if let townCode, record.townCode != townCode { return false }
        if let rule, !parcel.findings.contains(where: { $0.ruleID == rule }) { return false }
        if let disposal, parcel.disposalStatus != disposal.status { return false }
        if let holderClass, parcel.facts.holderClass != holderClass.evaluationClass { return false }
        return true
    }
}
