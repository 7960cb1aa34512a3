import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// Administrators manage accounts: list, create, unlock, (de)activate, reset a password or a
/// second factor.
struct AdminUsersController {
    static let actions = ["unlock", "activate", "deactivate", "reset_password", "reset_second_factor"]

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
        _ = try request.requirePermission(.manageAccounts)
        let done = try? request.query.get(String.self, at: "done")
        return try await render(request, status: .ok, notice: done.map { request.t("admin.users.done.\($0)") }, error: nil)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageAccounts)
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
        let principal = try request.requirePermission(.manageAccounts)
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
            case "reset_second_factor":
                try await SecondFactorService(writer: request.writer).reset(username: username, in: request.countyCode)
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
        let store = AccountStore(db: request.db)
        let throttled = try await store.throttledAccounts()
        let users = try await store.users(of: request.countyCode)
        let withSecondFactor = try await store.withActiveSecondFactor(among: users.compactMap(\.id))
        let model = AdminUsersPage.Model(
            accounts: users.map { AdminUsersPage.Account($0, throttled: throttled, withSecondFactor: withSecondFactor) },
            now: request.appEnvironment.now, notice: notice, error: error,
            dutiesSeparated: try await AccountStore(db: request.db).dutiesSeparated(in: request.countyCode))
        return try await HTMLPage(status: status, html: AdminUsersPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
