import BaiqiangCore
import BaiqiangHTML
import Vapor

/// Administrators browse and filter the audit log and check its hash chain.
struct AdminAuditController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminAudit.components, use: list)
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        _ = try request.requirePermission(.readAudit)
        let q = { (name: String) in try? request.query.get(String.self, at: name) }
        let filter = AuditStore.Filter(actor: q("actor"), entity: q("entity"), action: q("action"), from: q("from"), to: q("to"))
        let before = q("before").flatMap(Int.init)
        let queries = request.auditStore
        let (rows, next) = try await queries.page(filter, before: before, limit: 50)
        let verification: AdminAuditPage.Verification
        if q("verify") == "1" {
            if let broken = try await queries.verify() {
                verification = .broken(broken.message)
            } else {
                verification = .intact(count: try await queries.count(), anchor: try await queries.anchor()?.description ?? "—")
            }
        } else {
            verification = .offered
        }
        let model = AdminAuditPage.Model(filter: filter, rows: rows, next: next, verification: verification)
        return AdminAuditPage.view(model, request.pageContext)
    }
}
