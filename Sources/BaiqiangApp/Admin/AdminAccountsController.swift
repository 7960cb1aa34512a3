import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The account report for the security officer: every account of the county by last sign-in,
/// role and second-factor state, on a page and as CSV.
struct AdminAccountsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminAccounts.components, use: page)
        routes.get(SiteURL.adminAccountsExport.components, use: export)
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let model = try await self.model(request)
        return try await HTMLPage(status: .ok, html: AdminAccountsPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        let model = try await self.model(request)
        let english = request.language == .en
        let header = ["display_name", "username", "role", "unit", "active", "last_sign_in", "days_since", "second_factor"]
        let rows: [[TableExport.Cell]] = model.rows.map { row in
            [.text(row.displayName), .text(row.username), .text(english ? row.role.label.en : row.role.label.zh),
             row.unit.map { .text(english ? $0.en : $0.zh) } ?? .empty,
             .number(row.isActive ? 1 : 0),
             row.lastSignInAt.map { .text(ShanghaiDay.display($0)) } ?? .empty,
             row.daysSince.map { .number(Double($0)) } ?? .empty,
             .text(row.secondFactor.rawValue)]
        }
        return try TableExport(header: header, rows: rows).response(.csv, fileName: "accounts")
    }

    func model(_ request: Request) async throws -> AdminAccountsPage.Model {
        _ = try request.requirePermission(.manageAccounts)
        let sort = (try? request.query.get(String.self, at: "sort")).flatMap(AdminAccountsPage.Sort.init) ?? .username
        let role = (try? request.query.get(String.self, at: "role")).flatMap(Role.init)
        let store = AccountStore(db: request.db)
        let users = try await store.users(of: request.countyCode)
        let withSecondFactor = try await store.withActiveSecondFactor(among: users.compactMap(\.id))
        return AdminAccountsPage.Model(rows: AdminAccountsPage.rows(users, role: role, sort: sort, now: request.appEnvironment.now,
                                                                    withSecondFactor: withSecondFactor),
                                       sort: sort, role: role)
    }
}
