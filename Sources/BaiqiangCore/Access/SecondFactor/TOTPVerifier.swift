import Foundation

/// Checks a code a user typed (校验动态口令): the current step and one step either side are
/// accepted, since a phone's clock drifts and a code typed at the end of its 30 seconds arrives
/// in the next; a code of a step at or before the last one accepted is refused, so a code seen
/// over a shoulder or in a log cannot be used again, not even within its own 30 seconds.
public struct TOTPVerifier: Sendable {
    /// Steps accepted either side of the current one: RFC 6238 §5.2 recommends at most one.
    public static let skewSteps: Int64 = 1

    public enum Outcome: Sendable, Equatable {
        /// Accepted: store `step` as the account's last accepted step.
        case accepted(step: Int64)
        /// The code is right but its step was already used (or is older than one that was).
        case replayed
        /// Not a code of any step in the window.
        case wrong
    }

    public let totp: TOTP

    public init(_ totp: TOTP) {
        self.totp = totp
    }

    /// - Parameter lastAcceptedStep: the step of the account's last accepted code, nil if none.
    public func verify(_ presented: String, at date: Date, lastAcceptedStep: Int64?) -> Outcome {
        let typed = presented.filter { $0 != " " && $0 != "-" }
        guard typed.count == totp.digits, typed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .wrong
        }
        let now = totp.step(at: date)
        var accepted: Int64?
        var replayed = false
        // Every step of the window is compared, whether or not an earlier one matched, so the
        // time taken does not tell which step matched.
        for step in (now - Self.skewSteps)...(now + Self.skewSteps) {
            guard SecretComparison.matches(typed, totp.code(atStep: step)) else { continue }
            if let last = lastAcceptedStep, step <= last {
                replayed = true
            } else if accepted == nil {
                accepted = step
            }
        }
        if let accepted { return .accepted(step: accepted) }
        return replayed ? .replayed : .wrong
    }
}
