import BaiqiangCore
import Vapor

/// What an administrator, security officer or auditor comes to do: the pages of their duties,
/// each offered only when `Permissions` let this account do it.
struct AdministrationHomeBlocks: HomeBlockProvider {
    static let duties: [(action: Permissions.Action, key: String, url: SiteURL)] = [
        (.manageAccounts, "home.admin.accounts", .adminUsers),
        (.importRegistry, "home.admin.import_registry", .enterpriseImport),
        (.importPlan, "home.admin.import_plan", .planImport),
        (.configure, "home.admin.calendar", .adminCalendar),
        (.readAudit, "home.admin.audit", .adminAudit),
    ]

    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        guard [.admin, .securityOfficer, .auditor].contains(principal.role) else { return [] }
        let items = Self.duties.filter { principal.permissions.allows($0.action) }.map { duty in
            HomeItem(text: .key(duty.key), href: duty.url.path, detail: .key(duty.key + "_summary"))
        }
        return [HomeBlock(title: "home.admin.duties", items: items, empty: "home.admin.duties_none")]
    }
}
