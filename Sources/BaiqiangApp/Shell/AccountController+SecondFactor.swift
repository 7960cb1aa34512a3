import BaiqiangCore
import Vapor

/// The account page's second-factor section: start a set-up (a new secret shown as a QR code
/// and as text), confirm it with a code, and see the recovery codes once.
extension AccountController {
    @Sendable func beginSecondFactor(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        _ = try await SecondFactorService(writer: request.writer).begin(userID: principal.userID, username: principal.username)
        return request.redirect(to: SiteURL.account.path + "?done=second_factor#" + AccountPage.secondFactorAnchor)
    }

    @Sendable func confirmSecondFactor(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let code = (try? request.content.get(String.self, at: "code")) ?? ""
        let session = (request.cookies[sessionCookieName]?.string).map(Secrets.sha256Hex)
        do {
            let codes = try await SecondFactorService(writer: request.writer)
                .confirm(userID: principal.userID, username: principal.username, code: code, keepingSession: session)
            // Set up: the policy's reminder no longer applies to this page.
            request.storage[SecondFactorDueKey.self] = nil
            return try await render(request, newToken: nil, notice: request.t("account.second_factor.confirmed"), recoveryCodes: codes)
        } catch let error as SecondFactorError {
            return try await render(request, newToken: nil, notice: nil, secondFactorError: request.t(error.message), status: .badRequest)
        }
    }

    func secondFactorSection(_ request: Request, _ principal: Principal, recoveryCodes: [String],
                             error: String?) async throws -> AccountPage.SecondFactorSection {
        let store = AccountStore(db: request.db)
        let record = try await store.secondFactor(of: principal.userID)
        return AccountPage.SecondFactorSection(
            activeSince: record?.isActive == true ? record?.confirmedAt : nil,
            recoveryCodesLeft: record?.isActive == true ? try await store.unusedRecoveryCodeCount(of: principal.userID) : 0,
            enrolment: record?.pendingSecret.map { AccountPage.Enrolment(secret: $0, account: principal.username) },
            newRecoveryCodes: recoveryCodes, error: error)
    }
}
