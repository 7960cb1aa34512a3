/// A parcel as every land page, the map and the API show it: what the register holds, what the
/// low-efficiency rules looked at and found, and how far its latest disposal has got.
public struct EvaluatedParcel: Sendable {
    public var record: ParcelRecord
    public var isDemo: Bool
    public var facts: ParcelFacts
    public var findings: [RuleFinding]
    /// The status of the disposal started last; nil when the parcel has none.
    public var disposalStatus: DisposalStatus?

    public init(record: ParcelRecord, isDemo: Bool, facts: ParcelFacts, findings: [RuleFinding], disposalStatus: DisposalStatus? = nil) {
        self.record = record
        self.isDemo = isDemo
        self.facts = facts
        self.findings = findings
        self.disposalStatus = disposalStatus
    }

    /// The status of the disposal started last (the later-recorded one on a tie, as given).
    public static func latestStatus(of disposals: [Disposal]) -> DisposalStatus? {
        disposals.enumerated().max { lhs, rhs in
            (lhs.element.started, lhs.offset) < (rhs.element.started, rhs.offset)
        }?.element.status
    }
}
