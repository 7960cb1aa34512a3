/// What kind of failure an error is. Each interface turns a kind into its own answer through
/// one table (HTTP status and title for pages, the API and Open311; an exit code for the command
/// line), so the same refusal is a 403 on every page and endpoint.
public enum FailureKind: String, Sendable, CaseIterable {
    /// The input is wrong (a missing field, a bad value, a step the state does not allow).
    case invalidInput
    /// The account may not do this.
    case forbidden
    /// What was asked for does not exist, or is outside what the account may see.
    case notFound
    /// The request clashes with the current state of the data.
    case conflict
}

extension BilingualError {
    /// Bad input, unless the error says otherwise.
    public var kind: FailureKind { .invalidInput }
}
