import Foundation

/// Something done to a demand, with what it needs to be done.
public enum DemandAction: Sendable, Hashable {
    /// 签收
    case accept
    /// 交办: route to a department or town.
    case assign(HandlingUnit)
    /// 改派: the centre moves a demand being handled to another unit, saying why; the
    /// enterprise's deadlines keep running.
    case reassign(HandlingUnit, reason: String)
    /// 退单: send back to the centre as wrongly routed, saying why.
    case returnToCentre(reason: String)
    /// 答复: answer the enterprise.
    case respond(answer: String)
    /// 提出解决方案
    case proposeSolution(String)
    /// 办结
    case resolve(summary: String)
    /// 回访: the centre records the enterprise's satisfaction.
    case returnVisit(Satisfaction, note: String? = nil)
    /// 重办: send an unsatisfied demand back to its handling unit.
    case redo(reason: String? = nil)
    /// 结案: close an unsatisfied demand without redoing it (e.g. the request is beyond the law),
    /// saying why.
    case closeUnsatisfied(reason: String)
    /// 延期申请: the handling unit asks for a later closure deadline.
    case requestExtension(until: Date, reason: String)
    /// 批准延期
    case approveExtension
    /// 驳回延期
    case refuseExtension(reason: String)
    /// 催办
    case urge(note: String? = nil)
    /// 督办: hand an overdue demand to the firm's linked leader (挂钩领导), by account id.
    case escalate(toLeader: String)

    public var kind: DemandActionKind {
        switch self {
        case .accept: .accept
        case .assign: .assign
        case .reassign: .reassign
        case .returnToCentre: .returnToCentre
        case .respond: .respond
        case .proposeSolution: .proposeSolution
        case .resolve: .resolve
        case .returnVisit: .returnVisit
        case .redo: .redo
        case .closeUnsatisfied: .closeUnsatisfied
        case .requestExtension: .requestExtension
        case .approveExtension: .approveExtension
        case .refuseExtension: .refuseExtension
        case .urge: .urge
        case .escalate: .escalate
        }
    }

    /// The unit the action sends the demand to (交办, 改派).
    public var handlingUnit: HandlingUnit? {
        switch self {
        case .assign(let unit), .reassign(let unit, _): unit
        default: nil
        }
    }

    /// The text a person must write for this action (reason, answer …), if the action needs one.
    var requiredText: String? {
        switch self {
        case .returnToCentre(let text), .reassign(_, let text), .respond(let text), .proposeSolution(let text), .resolve(let text),
             .closeUnsatisfied(let text), .requestExtension(_, let text), .refuseExtension(let text):
            text
        default:
            nil
        }
    }

    /// Any free text the action carries, required or not (for the length check).
    var texts: [String] {
        switch self {
        case .returnVisit(_, let note): [note].compactMap { $0 }
        case .redo(let reason): [reason].compactMap { $0 }
        case .urge(let note): [note].compactMap { $0 }
        default: [requiredText].compactMap { $0 }
        }
    }
}

/// The kinds of action, as stored in the event log and named in the transition table.
public enum DemandActionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case accept
    case assign
    case reassign
    case returnToCentre = "return"
    case respond
    case proposeSolution = "propose_solution"
    case resolve
    case returnVisit = "return_visit"
    case redo
    case closeUnsatisfied = "close_unsatisfied"
    case requestExtension = "request_extension"
    case approveExtension = "approve_extension"
    case refuseExtension = "refuse_extension"
    case urge
    case escalate

    /// How long the action's text may be: an answer to the firm is as long as its demand may
    /// be; reasons and notes are shorter.
    public var textField: TextFieldKind {
        switch self {
        case .respond, .proposeSolution, .resolve: .demandText
        default: .note
        }
    }

    public var label: BilingualText {
        switch self {
        case .accept: BilingualText(zh: "签收", en: "Accept")
        case .assign: BilingualText(zh: "交办", en: "Assign")
        case .reassign: BilingualText(zh: "改派", en: "Reassign")
        case .returnToCentre: BilingualText(zh: "退单", en: "Return to the centre")
        case .respond: BilingualText(zh: "答复", en: "Respond")
        case .proposeSolution: BilingualText(zh: "提出解决方案", en: "Propose a solution")
        case .resolve: BilingualText(zh: "办结", en: "Resolve")
        case .returnVisit: BilingualText(zh: "回访", en: "Return visit")
        case .redo: BilingualText(zh: "重办", en: "Redo")
        case .closeUnsatisfied: BilingualText(zh: "结案", en: "Close as unsatisfied")
        case .requestExtension: BilingualText(zh: "申请延期", en: "Request an extension")
        case .approveExtension: BilingualText(zh: "批准延期", en: "Approve the extension")
        case .refuseExtension: BilingualText(zh: "驳回延期", en: "Refuse the extension")
        case .urge: BilingualText(zh: "催办", en: "Urge")
        case .escalate: BilingualText(zh: "督办", en: "Escalate")
        }
    }
}
