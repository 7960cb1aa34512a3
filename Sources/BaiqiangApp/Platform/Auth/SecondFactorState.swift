/// Whether an account signs in with a second factor, as the account report shows it.
enum SecondFactorState: String, Sendable, CaseIterable {
    case notEnrolled = "not_enrolled"
    case enrolled
}

/// The account's second-factor state. Every account is `.notEnrolled` until enrolment is
/// stored on the account; this is the one place that reads it.
func secondFactorState(of user: User) -> SecondFactorState {
    .notEnrolled
}
