import Foundation

/// Who must sign in with a second factor (双因素认证), and from when. Accounts of the roles that
/// `requires(_:)` names must set one up; an account the policy reaches gets `grace` from its
/// first sign-in under the policy to do so, signed in as usual but reminded on every page;
/// after that it is signed in only to set it up. An account whose second factor an
/// administrator reset gets no new grace: it must set one up at its next sign-in.
public struct SecondFactorPolicy: Sendable, Equatable {
    /// Whether the policy applies at all (off in demo installations).
    public var isOn: Bool
    public var grace: TimeInterval

    public static let defaultGrace: TimeInterval = 7 * 24 * 3600

    public init(isOn: Bool, grace: TimeInterval = SecondFactorPolicy.defaultGrace) {
        self.isOn = isOn
        self.grace = grace
    }

    /// The roles whose accounts must have a second factor: those that can change or read the
    /// whole county's data. A new role of that kind is one more case here.
    public static func requires(_ role: Role) -> Bool {
        switch role {
        case .admin, .securityOfficer, .auditor, .leader, .prefecture: true
        case .department, .town, .enterprise, .supervisor, .gridWorker: false
        }
    }

    /// Where an account stands at a sign-in or a request.
    public enum Standing: Sendable, Equatable {
        /// Nothing asked of it: the policy does not reach it, or it has a second factor.
        case free
        /// It must set one up by `endsAt` and may work meanwhile.
        case grace(endsAt: Date)
        /// It must set one up before anything else.
        case mustEnrol
    }

    /// - Parameters:
    ///   - graceStartedAt: when its grace began (its first sign-in under the policy); nil if it
    ///     has not begun, and then it begins `now` (the caller stores that).
    ///   - resetSinceEnrolled: an administrator reset its second factor and none was set up since.
    /// Grace includes its last instant: an account signing in exactly `grace` after it began is
    /// still within it, one second later it is not.
    public func standing(role: Role, enrolled: Bool, graceStartedAt: Date?, resetSinceEnrolled: Bool,
                         now: Date) -> Standing {
        guard isOn, Self.requires(role), !enrolled else { return .free }
        if resetSinceEnrolled { return .mustEnrol }
        let end = (graceStartedAt ?? now).addingTimeInterval(grace)
        return now <= end ? .grace(endsAt: end) : .mustEnrol
    }

    /// Whether a sign-in now begins the account's grace (so the caller records `now`).
    public func startsGrace(role: Role, enrolled: Bool, graceStartedAt: Date?) -> Bool {
        isOn && Self.requires(role) && !enrolled && graceStartedAt == nil
    }
}
