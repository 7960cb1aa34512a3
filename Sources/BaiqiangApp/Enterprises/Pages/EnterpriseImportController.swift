import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The registry's upload page: pick what the file holds, upload CSV or XLSX, see the import
/// report (rows read, inserted, updated, rejected) and every rejected row's reason.
struct EnterpriseImportController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseImport.components, use: form)
        routes.upload(SiteURL.enterpriseImport.components, maxSize: "200mb", use: upload)
    }

    func requireImporter(_ request: Request) throws -> Principal {
        try request.requirePermission(.importRegistry)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        _ = try requireImporter(request)
        return try await render(request, status: .ok, outcome: nil, failure: nil)
    }

    struct Upload: Content {
        var kind: String
        var file: File
        var partial: String?
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        _ = try requireImporter(request)
        let upload = try request.content.decode(Upload.self)
        guard let kind = RegistryImporter.Kind(rawValue: upload.kind) else { throw Abort(.badRequest) }
        do {
            let outcome = try await RegistryImporter(writer: request.writer, db: request.db)
                .run(kind, data: Data(buffer: upload.file.data), fileName: upload.file.filename, partial: upload.partial == "1")
            return try await render(request, status: outcome.report.rejected > 0 ? .badRequest : .ok, outcome: outcome, failure: nil)
        } catch let error as any LocatedIssues {
            return try await render(request, status: .badRequest, outcome: nil, failure: error)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, outcome: nil, failure: ImportRejected(issues: [
                ImportIssue(row: 0, column: nil, reason: error.message)], rowsRead: 0))
        }
    }

    func render(_ request: Request, status: HTTPStatus, outcome: RegistryImporter.Outcome?, failure: (any LocatedIssues)?) async throws -> Response {
        let reports = try await EnterpriseStore(db: request.db, principal: try request.requirePrincipal()).recentImportReports()
        let model = EnterpriseImportPage.Model(outcome: outcome, failure: failure, reports: reports)
        return try await HTMLPage(status: status, html: EnterpriseImportPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
