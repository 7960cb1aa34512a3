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
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let done = try? request.query.get(String.self, at: "done")
        let notice = ["revoked": "account.token_revoked", "password": "account.password_changed"][done ?? ""].map { request.t($0) }
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

    func render(_ request: Request, newToken: String?, notice: String?, error: String? = nil,
                status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let tokens = try await AccountStore(db: request.db).tokens(of: principal.userID)
        let html = Layout.page(request, title: request.t("account.title"), active: .account,
            .h1(.text(request.t("account.title"))),
            .dl(.class("facts"),
                .dt(.text(request.t("admin.users.username"))), .dd(.text(principal.username)),
                .dt(.text(request.t("admin.users.role"))), .dd(.text(request.t(principal.role.label)))),
            .unwrap(notice) { Layout.notice("success", $0) },
            .unwrap(error) { Layout.notice("error", $0) },
            .h2(.text(request.t("account.password"))),
            .form(.method(.post), .action(SiteURL.accountPassword.path), .class("stacked"), Layout.csrfField(request),
                  passwordField(request, "current", "account.password_current", "current-password"),
                  passwordField(request, "new", "account.password_new", "new-password",
                                hint: request.t("account.password_hint", ["min": String(PasswordPolicy.minimumLength)])),
                  passwordField(request, "repeated", "account.password_repeat", "new-password"),
                  .button(.type(.submit), .class("primary"), .text(request.t("account.password_change")))),
            .h2(.text(request.t("account.tokens"))),
            .unwrap(newToken) { token in
                .div(.class("notice notice-success"),
                     .p(.text(request.t("account.token_once"))),
                     .pre(.class("secret"), .text(token)))
            },
            .if(!tokens.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("account.token_name"))), .th(.text(request.t("account.token_prefix"))),
                           .th(.text(request.t("account.token_created"))), .th(.text(request.t("admin.users.status"))),
                           .th(.text(request.t("admin.users.actions"))))),
                .tbody(.forEach(tokens) { token in
                    .tr(.td(.text(token.name)), .td(.code(.text(token.prefix + "…"))),
                        .td(.text(token.createdAt.map(ShanghaiDay.display) ?? "—")),
                        .td(.text(token.revokedAt == nil ? request.t("account.token_active")
                                  : request.t("account.token_revoked_at", ["time": ShanghaiDay.display(token.revokedAt!)]))),
                        .td(.if(token.revokedAt == nil,
                                .form(.method(.post), .action(SiteURL.accountTokenRevoke(id: token.id?.uuidString ?? "").path),
                                      .class("inline"), Layout.csrfField(request),
                                      .button(.type(.submit), .text(request.t("account.revoke")))))))
                })
            )),
            .form(.method(.post), .action(SiteURL.accountTokens.path), .class("inline"),
                  Layout.csrfField(request),
                  .input(.type(.text), .name("name"), .maxlength(.name), .placeholder(request.t("account.token_name"))),
                  .button(.type(.submit), .class("primary"), .text(request.t("account.create_token"))))
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    func passwordField(_ request: Request, _ name: String, _ label: String, _ autocomplete: String,
                       hint: String? = nil) -> Node {
        .label(.text(request.t(label)),
               .input(.type(.password), .name(name), .required(true), .attribute(named: "autocomplete", value: autocomplete)),
               .unwrap(hint) { .span(.class("hint"), .text($0)) })
    }
}
