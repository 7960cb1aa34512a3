/// Why a demand could not be submitted or an action was refused; nothing is changed.
public struct DemandWorkflowError: BilingualError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The account's role may never do this action.
        case roleNotAllowed(DemandActionKind, Role)
        /// A department that is not the demand centre tried a centre action.
        case notDemandCentre(DemandActionKind)
        /// A department or town acted on a demand assigned to another unit.
        case notAssignedHandler(DemandActionKind)
        /// An enterprise acted on another enterprise's demand.
        case notOwnDemand
        /// Only an enterprise (for itself) or the centre (for a caller) raises a demand.
        case submitNotAllowed(Role)
        /// The action cannot start from the demand's state.
        case illegalTransition(DemandActionKind, DemandStatus)
        case textRequired(DemandActionKind)
        case textTooLong(limit: Int)
        case emptyDescription
        case descriptionTooLong(limit: Int)
        case unknownCategory(String)
        case missingHandlingUnitCode
        case sameHandlingUnit
        case extensionAlreadyPending
        case noExtensionPending
        /// The extension asked for does not move the closure deadline later.
        case extensionNotLater
        /// 督办 is for overdue demands only.
        case notOverdue
        case leaderRequired
    }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// A party that may not act is refused (403); a wrong step or text is bad input.
    public var kind: FailureKind {
        switch reason {
        case .roleNotAllowed, .notDemandCentre, .notAssignedHandler, .notOwnDemand, .submitNotAllowed: .forbidden
        case .illegalTransition, .textRequired, .textTooLong, .emptyDescription, .descriptionTooLong, .unknownCategory,
             .missingHandlingUnitCode, .sameHandlingUnit, .extensionAlreadyPending, .noExtensionPending, .extensionNotLater, .notOverdue,
             .leaderRequired: .invalidInput
        }
    }

    public var message: BilingualText {
        switch reason {
        case .roleNotAllowed(let action, let role):
            let who = DemandTransitionRule.rule(for: action).performers.sorted { $0.rawValue < $1.rawValue }
            return BilingualText(
                zh: "\(role.label.zh)不能\(action.label.zh)；只有\(who.map(\.label.zh).joined(separator: "或"))可以",
                en: "The role “\(role.label.en)” cannot “\(action.label.en)”; only "
                    + who.map(\.label.en).joined(separator: " or ") + " can")
        case .notDemandCentre(let action):
            return BilingualText(zh: "只有诉求中心可以\(action.label.zh)",
                                 en: "Only the demand centre can \(action.label.en.lowercased())")
        case .notAssignedHandler(let action):
            return BilingualText(zh: "该诉求不是交办给本单位的，不能\(action.label.zh)",
                                 en: "This demand is not assigned to your unit, so you cannot \(action.label.en.lowercased())")
        case .notOwnDemand:
            return BilingualText(zh: "这不是本企业的诉求", en: "This is not your enterprise's demand")
        case .submitNotAllowed(let role):
            return BilingualText(zh: "\(role.label.zh)不能提交诉求；只有企业或诉求中心可以",
                                 en: "The role “\(role.label.en)” cannot submit a demand; only an enterprise or the demand centre can")
        case .illegalTransition(let action, let status):
            return BilingualText(zh: "诉求处于“\(status.label.zh)”状态，不能\(action.label.zh)",
                                 en: "“\(action.label.en)” is not possible while the demand is “\(status.label.en)”")
        case .textRequired(let action):
            return BilingualText(zh: "\(action.label.zh)需要填写说明", en: "“\(action.label.en)” needs a written text")
        case .textTooLong(let limit):
            return BilingualText(zh: "说明不能超过 \(limit) 个字符", en: "The text cannot be longer than \(limit) characters")
        case .emptyDescription:
            return BilingualText(zh: "请填写诉求内容", en: "The description cannot be empty")
        case .descriptionTooLong(let limit):
            return BilingualText(zh: "诉求内容不能超过 \(limit) 个字符",
                                 en: "The description cannot be longer than \(limit) characters")
        case .unknownCategory(let code):
            return BilingualText(zh: "未知的诉求类别 “\(code)”", en: "Unknown demand category “\(code)”")
        case .missingHandlingUnitCode:
            return BilingualText(zh: "请选择承办单位", en: "Choose the handling unit")
        case .sameHandlingUnit:
            return BilingualText(zh: "改派须选择另一个承办单位", en: "Reassigning needs another handling unit")
        case .extensionAlreadyPending:
            return BilingualText(zh: "已有延期申请待审批", en: "An extension request is already waiting for a decision")
        case .noExtensionPending:
            return BilingualText(zh: "没有待审批的延期申请", en: "There is no extension request to decide")
        case .extensionNotLater:
            return BilingualText(zh: "延期后的期限必须晚于当前办结期限",
                                 en: "The extended deadline must be later than the current closure deadline")
        case .notOverdue:
            return BilingualText(zh: "诉求未逾期，不能督办", en: "The demand is not overdue, so it cannot be escalated")
        case .leaderRequired:
            return BilingualText(zh: "请指定挂钩领导", en: "Name the linked leader to escalate to")
        }
    }
}
