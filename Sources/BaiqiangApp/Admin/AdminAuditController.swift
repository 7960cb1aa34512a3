import BaiqiangCore
import BaiqiangHTML
import Vapor

/// Administrators browse and filter the audit log and check its hash chain.
struct AdminAuditController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminAudit.components, use: list)
        for format in AuditExportFormat.allCases {
            routes.get(SiteURL.adminAuditExport(format: format.rawValue).components) { try await export($0, format) }
        }
    }

    /// The rows of the filter's days as a file that verifies on its own; the download is audited
    /// before the first byte leaves, and rows are streamed page by page.
    @Sendable func export(_ request: Request, _ format: AuditExportFormat) async throws -> Response {
        _ = try request.requirePermission(.readAudit)
        let q = { (name: String) in try? request.query.get(String.self, at: name) }
        let from = q("from"), to = q("to")
        let store = request.auditStore
        // The download is read by people: names in the page's language beside the codes.
        let language = request.pageContext.language
        let range = try await store.exportRange(from: from, to: to)
        try await store.recordExport(range, format: format, writer: request.writer)
        var headers = HTTPHeaders()
        headers.contentType = format.mediaType
        headers.contentDisposition = .init(.attachment, filename: AuditExportFormat.fileName(range, format))
        return Response(status: .ok, headers: headers, body: .init(managedAsyncStream: { writer in
            try await store.writeExport(range, format: format, naming: language) { bytes in
                try await writer.write(.buffer(ByteBuffer(bytes: bytes)))
            }
        }))
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
