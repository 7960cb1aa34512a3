/// Whether an account signs in with a second factor, as the account report shows it.
enum SecondFactorState: String, Sendable, CaseIterable {
    case notEnrolled = "not_enrolled"
    case enrolled
}
