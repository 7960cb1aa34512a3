/// What an enterprise (or the centre, taking a call for it) submits to raise a demand.
public struct DemandSubmission: Sendable, Hashable {
    public static let maximumDescriptionLength = 4_000

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
