/// What an enterprise (or the centre, taking a call for it) submits to raise a demand.
public struct DemandSubmission: Sendable, Hashable {
    public static let maximumDescriptionLength = TextFieldKind.demandText.maximumLength

    public var categoryCode: String
    /// The unified social credit code of the enterprise it is for.
    public var enterpriseCode: String
    public var townCode: String?
    /// Kept as plain text: pages escape it, so markup in it is shown, never run.
    public var description: String

    public init(categoryCode: String, enterpriseCode: String, townCode: String? = nil, description: String) {
        self.categoryCode = categoryCode
        self.enterpriseCode = enterpriseCode
        self.townCode = townCode
        self.description = description
    }
}

extension DemandSubmission {
    /// 重复诉求: the same firm already has an open demand of the same category. The form points it
    /// out before submitting, so the firm can add to that demand instead of queueing a second one.
    public func duplicates(among existing: [DemandState]) -> [DemandState] {
        existing.filter {
            $0.status.isOpen && $0.enterpriseCode == enterpriseCode && $0.categoryCode == categoryCode
        }
    }
}

extension DemandSubmission {
    /// Whether `actor` may raise a demand for the firm named, decided before the firm is looked
    /// up: an enterprise naming another firm's code and one naming a code that does not exist
    /// hear the same answer, so the answer never tells which codes are registered.
    public static func checkSubmitter(_ actor: DemandActor, enterpriseCode: String) throws(DemandWorkflowError) {
        if actor.role == .enterprise, actor.bindingCode != enterpriseCode {
            throw DemandWorkflowError(.notOwnDemand)
        }
    }
}
