import BaiqiangCore
import BaiqiangHTML
import Vapor

/// Export of the plan for anyone signed in; import (replacing the plan) for administrators.
struct PlanTransferController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.planExport(format: "yaml").components) { try await export($0, .yaml) }
        routes.get(SiteURL.planExport(format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.planImport.components, use: form)
        routes.upload(SiteURL.planImport.components, maxSize: "10mb", use: upload)
    }

    func export(_ request: Request, _ format: PlanFileFormat) async throws -> Response {
        _ = try request.requirePrincipal()
        let document = try await request.planStore.require()
        var headers = HTTPHeaders()
        headers.contentType = format.mediaType
        headers.contentDisposition = .init(.attachment, filename: "\(document.code).\(format.rawValue)")
        return Response(status: .ok, headers: headers, body: .init(string: PlanTransfer.export(document, as: format)))
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.importPlan)
        return try await render(request, status: .ok, notice: nil, issues: [])
    }

    struct Upload: Content {
        var file: File
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.importPlan)
        let upload = try request.content.decode(Upload.self)
        guard let format = PlanFileFormat(fileName: upload.file.filename) else {
            return try await render(request, status: .badRequest, notice: nil, issues: [request.t("plan.import_format")])
        }
        let text: String
        do {
            text = try PlanTransfer.text(of: Data(buffer: upload.file.data), as: format)
        } catch let error as any BilingualError {
            return try await render(request, status: .badRequest, notice: nil, issues: [request.t(error.message)])
        }
        do {
            let changed = try await PlanTransfer.importFile(text, as: format, writer: request.writer, db: request.db,
                                                            cache: request.application.planCache)
            return try await render(request, status: .ok, notice: request.t(changed ? "plan.import_done" : "plan.import_same"), issues: [])
        } catch let failure as PlanImportFailure {
            let listed = IssueListing.listed(failure.issues.map { LocatedIssue(row: $0.line, column: nil, reason: $0.message) })
            return try await render(request, status: .badRequest, notice: nil, issues: listed.map { request.t($0.reason) },
                                    total: failure.issues.count)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, notice: nil, issues: [request.t(error.message)])
        }
    }

    func render(_ request: Request, status: HTTPStatus, notice: String?, issues: [String], total: Int? = nil) async throws -> Response {
        let html = PlanImportPage.view(PlanImportPage.Model(notice: notice, issues: issues, total: total), request.pageContext)
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }
}
