import BaiqiangCore

/// One parcel: what the bureau recorded, the facts the rules looked at, and each rule that
/// fires with the values that made it fire and where the rule comes from.
enum LandParcelPage {
    struct Model {
        var record: ParcelRecord
        var isDemo: Bool
        var townName: LandTownName?
        var holderName: String?
        var facts: ParcelFacts
        var findings: [RuleFinding]
        var rules: [LowEfficiencyRule]
        var disposals: [StoredDisposal] = []
        /// Whether the account may record and change this parcel's disposals.
        var mayWrite = false
        /// The disposal form, again with what was sent and why it was refused.
        var form = LandDisposalFormValues()
        /// The page explaining the holder's latest evaluation result, when the account may see one.
        var holderExplanation: SiteURL?
    }
}
