import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// A user's own account page: who they are, their password, and their API tokens (made here,
/// shown once).
struct AccountController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.account.components, use: show)
        routes.post(SiteURL.accountTokens.components, use: createToken)
        routes.post(SiteURL.accountPassword.components, use: changePassword)
        routes.post(SiteURL.accountTokenRevoke(id: .placeholder(.id)).components, use: revokeToken)
        routes.post(SiteURL.accountSessionEnd(id: .placeholder(.id)).components, use: endSession)
        routes.post(SiteURL.accountSessionsEndOthers.components, use: endOtherSessions)
        routes.post(SiteURL.accountSecondFactor.components, use: beginSecondFactor)
        routes.post(SiteURL.accountSecondFactorConfirm.components, use: confirmSecondFactor)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let done = try? request.query.get(String.self, at: "done")
        let notice = ["revoked": "account.token_revoked", "password": "account.password_changed",
                      "session": "account.session_ended",
                      "second_factor": "account.second_factor.started"][done ?? ""].map { request.t($0) }
        return try await render(request, newToken: nil, notice: notice)
    }

    struct PasswordForm: Content {
        var current: String
        var new: String
        var repeated: String
    }

    @Sendable func changePassword(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let form = try request.content.decode(PasswordForm.self)
        let session = (request.cookies[sessionCookieName]?.string).map(Secrets.sha256Hex)
        do {
            try await UserAdministration(writer: request.writer, hasher: request.application.password)
                .changeOwnPassword(username: principal.username, current: form.current, new: form.new, repeated: form.repeated,
                                   currentSession: session, check: request.application.passwordCheck)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, newToken: nil, notice: nil, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.account.path + "?done=password")
    }

    @Sendable func createToken(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let name = (try? request.content.get(String.self, at: "name")).nonEmpty ?? "api"
        do {
            let created = try await TokenService(writer: request.writer).create(username: principal.username, name: name)
            return try await render(request, newToken: created.token, notice: nil)
        } catch let error as FieldInputError {
            return try await render(request, newToken: nil, notice: nil, error: request.t(error.message), status: .badRequest)
        }
    }

    @Sendable func revokeToken(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self) else { throw Abort(.notFound) }
        try await TokenService(writer: request.writer).revoke(id: id, ownedBy: principal.username)
        return request.redirect(to: SiteURL.account.path + "?done=revoked")
    }

    @Sendable func endSession(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self) else { throw Abort(.notFound) }
        try await request.sessionService.end(id, of: principal.userID, username: principal.username)
        return request.redirect(to: SiteURL.account.path + "?done=session")
    }

    @Sendable func endOtherSessions(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        try await request.sessionService.endOthers(of: principal.userID, username: principal.username,
                                                   keeping: request.sessionTokenHash)
        return request.redirect(to: SiteURL.account.path + "?done=session")
    }

    func render(_ request: Request, newToken: String?, notice: String?, error: String? = nil,
                recoveryCodes: [String] = [], secondFactorError: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let model = AccountPage.Model(
            username: principal.username, role: principal.role,
            tokens: try await AccountStore(db: request.db).tokens(of: principal.userID),
            sessions: try await sessionRows(request, principal),
            newToken: newToken, notice: notice, error: error,
            secondFactor: try await secondFactorSection(request, principal, recoveryCodes: recoveryCodes, error: secondFactorError))
        let response = try await HTMLPage(status: status, html: AccountPage.view(model, request.pageContext)).encodeResponse(for: request)
        // The page may show a new token, a secret being set up or recovery codes: no copy anywhere.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    func sessionRows(_ request: Request, _ principal: Principal) async throws -> [AccountPage.SessionRow] {
        let current = request.sessionTokenHash
        return try await request.sessionService.live(of: principal.userID, now: request.application.clock.now).map { session in
            AccountPage.SessionRow(id: session.id?.uuidString ?? "", startedAt: session.createdAt, lastSeenAt: session.lastSeen,
                                   address: session.clientAddress, browser: session.userAgent,
                                   isCurrent: session.tokenHash == current)
        }
    }
}
