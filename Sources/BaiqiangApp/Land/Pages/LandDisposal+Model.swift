import BaiqiangCore

/// One disposal: what was recorded, and for the accounts that may, the form that moves it on
/// (to in progress, completed with the figures afterwards, or withdrawn with a reason) and the
/// form that corrects a mistake, saying why.
enum LandDisposalPage {
    struct Model {
        var stored: StoredDisposal
        var parcelArea: LandArea
        var mayWrite: Bool
        /// The correction form, again with what was sent when it was refused.
        var correction: LandDisposalFormValues
        /// Why the last move was refused.
        var advanceError: String?
    }
}
