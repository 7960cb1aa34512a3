import BaiqiangCore
import Vapor

/// Applies the second-factor policy to a signed-in browser session (after `SessionAuthenticator`):
/// an account within its grace gets a reminder on every page; one past it reaches only the
/// account page, to set up its second factor, and signing out. API tokens are not sessions and
/// are not asked for a code.
struct SecondFactorGate: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let policy = request.application.configuration.secondFactorPolicy
        guard policy.isOn, let principal = request.principal, principal.channel == .session,
              SecondFactorPolicy.requires(principal.role) else {
            return try await next.respond(to: request)
        }
        let factor = try await AccountStore(db: request.db).secondFactor(of: principal.userID)
        let standing = policy.standing(role: principal.role, enrolled: factor?.isActive ?? false,
                                       graceStartedAt: factor?.graceStartedAt, resetSinceEnrolled: factor?.resetAt != nil,
                                       now: request.application.clock.now)
        switch standing {
        case .free:
            break
        case .grace(let endsAt):
            request.storage[SecondFactorDueKey.self] = endsAt
        case .mustEnrol:
            guard Self.allowedWhileEnrolling(request) else {
                if request.method == .GET, !request.url.path.hasPrefix("/api/") {
                    return request.redirect(to: SiteURL.account.path + "#" + AccountPage.secondFactorAnchor)
                }
                throw SecondFactorRequired()
            }
            request.storage[SecondFactorDueKey.self] = .distantPast
        }
        return try await next.respond(to: request)
    }

    /// What an account that must set up its second factor may still reach.
    static func allowedWhileEnrolling(_ request: Request) -> Bool {
        let path = request.url.path
        switch request.method {
        case .GET, .HEAD:
            return path == SiteURL.account.path || path.hasPrefix(SiteURL.language("").path)
        case .POST:
            return [SiteURL.accountSecondFactor.path, SiteURL.accountSecondFactorConfirm.path, SiteURL.logout.path].contains(path)
        default:
            return false
        }
    }
}

/// When the signed-in account must have set up its second factor (`.distantPast`: it must now).
struct SecondFactorDueKey: StorageKey {
    typealias Value = Date
}

/// The refusal of everything but setting up a second factor, to an account past its grace.
struct SecondFactorRequired: BilingualError {
    var kind: FailureKind { .forbidden }
    var message: BilingualText {
        BilingualText(zh: "您的账号须先在“我的账号”页设置双因素认证，才能继续使用",
                      en: "Your account must set up two-factor authentication on the My account page before going on")
    }
}
