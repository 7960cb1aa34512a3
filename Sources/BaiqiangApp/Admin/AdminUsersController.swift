import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// Administrators manage accounts: list, create, unlock, (de)activate, reset a password.
struct AdminUsersController {
    static let actions = ["unlock", "activate", "deactivate", "reset_password"]

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminUsers.components, use: list)
        routes.post(SiteURL.adminUsers.components, use: create)
        routes.post(SiteURL.adminUserAction(username: .placeholder(.username), action: .placeholder(.action)).components, use: act)
    }

    struct CreateForm: Content {
        var username: String
        var displayName: String?
        var role: String
        var binding: String?
        var password: String
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.administer)
        let done = try? request.query.get(String.self, at: "done")
        return try await render(request, status: .ok, notice: done.map { request.t("admin.users.done.\($0)") }, error: nil)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.administer)
        let form = try request.content.decode(CreateForm.self)
        guard let role = Role(rawValue: form.role) else {
            return try await render(request, status: .badRequest, notice: nil, error: request.t("admin.users.bad_role"))
        }
        do {
            try await administration(request).create(.init(
                username: form.username, displayName: form.displayName.nonEmpty, role: role,
                binding: form.binding.nonEmpty, password: form.password))
        } catch let error as any BilingualError {
            return try await render(request, status: error.kind.status, notice: nil, error: request.t(error.message))
        }
        return request.redirect(to: SiteURL.adminUsers.path + "?done=created")
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.administer)
        let username = try request.parameters.require(.username)
        let action = try request.parameters.require(.action)
        guard Self.actions.contains(action) else { throw Abort(.notFound) }
        let admin = administration(request)
        do {
            switch action {
            case "unlock": try await admin.unlock(username: username)
            case "activate": try await admin.setActive(username: username, true)
            case "deactivate":
                guard username != principal.username else {
                    return try await render(request, status: .badRequest, notice: nil, error: request.t("admin.users.not_self"))
                }
                try await admin.setActive(username: username, false)
            default:
                let password = try request.content.get(String.self, at: "password")
                try await admin.resetPassword(username: username, to: password)
            }
        } catch let error as any BilingualError {
            return try await render(request, status: error.kind.status, notice: nil, error: request.t(error.message))
        }
        return request.redirect(to: SiteURL.adminUsers.path + "?done=\(action)")
    }

    func administration(_ request: Request) -> UserAdministration {
        UserAdministration(writer: request.writer, hasher: request.application.password)
    }

    func render(_ request: Request, status: HTTPStatus, notice: String?, error: String?) async throws -> Response {
        let users = try await UserAdministration.all(on: request.db, county: request.countyCode)
        let now = request.appEnvironment.now
        let throttled = try await LoginFailureCount.throttledAccounts(on: request.db)
        let html = Layout.page(request, title: request.t("admin.users.title"), active: .adminUsers,
            AdminTabs.node(request, active: .adminUsers),
            .h1(.text(request.t("admin.users.title"))),
            .unwrap(notice) { Layout.notice("success", $0) },
            .unwrap(error) { Layout.notice("error", $0) },
            .table(.class("data"),
                .thead(.tr(
                    .th(.text(request.t("admin.users.username"))), .th(.text(request.t("admin.users.display_name"))),
                    .th(.text(request.t("admin.users.role"))), .th(.text(request.t("admin.users.binding"))),
                    .th(.text(request.t("admin.users.status"))), .th(.text(request.t("admin.users.actions"))))),
                .tbody(.forEach(users) { user in
                    .tr(
                        .td(.text(user.username)), .td(.text(user.displayName)), .td(.text(request.t(user.role.label))),
                        .td(.text(user.department?.code ?? user.town?.code ?? user.enterprise?.creditCode ?? "—")),
                        .td(.text(statusText(of: user, now: now, request))),
                        .td(.class("actions"),
                            actionButton(request, user.username, user.isActive ? "deactivate" : "activate"),
                            .if(throttled.contains(user.username), actionButton(request, user.username, "unlock")),
                            .form(.method(.post), .action(SiteURL.adminUserAction(username: user.username, action: "reset_password").path),
                                  .class("inline"), Layout.csrfField(request),
                                  .input(.type(.password), .name("password"), .placeholder(request.t("admin.users.new_password")),
                                         .required(true), .attribute(named: "autocomplete", value: "new-password")),
                                  .button(.type(.submit), .text(request.t("admin.users.action.reset_password")))))
                    )
                })
            ),
            .h2(.text(request.t("admin.users.create"))),
            .form(.method(.post), .action(SiteURL.adminUsers.path), .class("stacked"),
                Layout.csrfField(request),
                .label(.text(request.t("admin.users.username")), .input(.type(.text), .name("username"), .maxlength(.username), .required(true))),
                .label(.text(request.t("admin.users.display_name")), .input(.type(.text), .name("displayName"), .maxlength(.name))),
                .label(.text(request.t("admin.users.role")),
                       .select(.attribute(named: "name", value: "role"), .forEach(Role.allCases) { role in FormNodes.option(role.rawValue, request.t(role.label)) })),
                .label(.text(request.t("admin.users.binding")), .input(.type(.text), .name("binding"), .maxlength(.code)),
                       .span(.class("hint"), .text(request.t("admin.users.binding_hint")))),
                .label(.text(request.t("admin.users.password")),
                       .input(.type(.password), .name("password"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                       .span(.class("hint"), .text(request.t("admin.users.password_hint", ["min": String(PasswordPolicy.minimumLength)])))),
                .button(.type(.submit), .class("primary"), .text(request.t("admin.users.create")))
            )
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    func statusText(of user: User, now: Date, _ request: Request) -> String {
        if !user.isActive { return request.t("admin.users.inactive") }
        if let until = user.lockedUntil, until > now {
            return request.t("admin.users.locked_until", ["time": ShanghaiDay.display(until)])
        }
        return request.t("admin.users.active")
    }

    func actionButton(_ request: Request, _ username: String, _ action: String) -> Node {
        .form(.method(.post), .action(SiteURL.adminUserAction(username: username, action: action).path), .class("inline"),
              Layout.csrfField(request),
              .button(.type(.submit), .text(request.t("admin.users.action.\(action)"))))
    }
}

/// The tabs of the administration area.
enum AdminTabs {
    static func node(_ request: Request, active: SiteURL) -> Node {
        .nav(.class("tabs"),
             .a(.href(SiteURL.adminUsers.path), .text(request.t("admin.users.title")), .if(active == .adminUsers, .class("active"))),
             .a(.href(SiteURL.adminAudit.path), .text(request.t("admin.audit.title")), .if(active == .adminAudit, .class("active"))))
    }
}
