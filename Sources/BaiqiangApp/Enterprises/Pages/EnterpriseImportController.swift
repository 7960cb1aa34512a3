import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The registry's upload page: pick what the file holds, upload CSV or XLSX, see the import
/// report (rows read, inserted, updated, rejected) and every rejected row's reason.
struct EnterpriseImportController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseImport.components, use: form)
        routes.on(.POST, SiteURL.enterpriseImport.components, body: .collect(maxSize: "200mb"), use: upload)
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
        let issues = failure?.locatedIssues ?? outcome?.report.issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) } ?? []
        let csrf = request.principal?.csrfToken ?? ""
        let html = Layout.page(request, title: request.t("enterprises.import"), active: .enterprises,
            .p(.a(.href(SiteURL.enterprises.path), .text("← " + request.t("nav.enterprises")))),
            .h1(.text(request.t("enterprises.import"))),
            .p(.text(request.t("import.intro"))),
            .unwrap(outcome) { outcome in
                Layout.notice(outcome.report.rejected > 0 ? "error" : "success", request.t("import.report", [
                    "read": String(outcome.report.rowsRead), "inserted": String(outcome.report.inserted),
                    "updated": String(outcome.report.updated), "rejected": String(outcome.report.rejected)]))
            },
            .unwrap(failure) { Layout.notice("error", request.t($0.message)) },
            .if(!issues.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("import.row"))), .th(.text(request.t("import.column"))), .th(.text(request.t("import.reason"))))),
                .tbody(.forEach(issues.prefix(500)) { issue in
                    .tr(.td(.text(issue.row.map(String.init) ?? "—")), .td(.text(issue.column ?? "—")), .td(.text(request.t(issue.reason))))
                }))),
            .unwrap(outcome?.rejectedFile) { bytes in
                .p(.a(.class("button"), .attribute(named: "download", value: "rejected.csv"),
                      .href("data:text/csv;base64," + Data(bytes).base64EncodedString()), .text(request.t("import.download_rejected"))))
            },
            .form(.method(.post), .enctype(.multipartData), .class("stacked"),
                  .action(SiteURL.enterpriseImport.path + "?\(CSRFMiddleware.fieldName)=\(csrf)"),
                  .label(.text(request.t("import.kind")),
                         .select(.attribute(named: "name", value: "kind"),
                                 .forEach(RegistryImporter.Kind.allCases) { kind in FormNodes.option(kind.rawValue, request.t("import.kind.\(kind.rawValue)")) })),
                  .label(.text(request.t("import.file")),
                         .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".csv,.xlsx"))),
                  .label(.class("checkbox"), .input(.type(.checkbox), .name("partial"), .value("1")), .text(request.t("import.partial"))),
                  .button(.type(.submit), .class("primary"), .text(request.t("import.submit")))),
            .h2(.text(request.t("import.history"))),
            .if(reports.isEmpty, .p(.class("muted"), .text(request.t("common.no_rows")))),
            .if(!reports.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("admin.audit.time"))), .th(.text(request.t("import.file"))), .th(.text(request.t("import.kind"))),
                           .th(.text(request.t("admin.audit.actor"))), .th(.text(request.t("import.counts"))))),
                .tbody(.forEach(reports) { r in
                    .tr(.td(.text(r.createdAt.map(ShanghaiDay.display) ?? "—")), .td(.text(r.fileName)),
                        .td(.text(request.t("import.kind.\(r.kind)"))), .td(.text(r.actor)),
                        .td(.text(request.t("import.report", ["read": String(r.rowsRead), "inserted": String(r.inserted),
                                                             "updated": String(r.updated), "rejected": String(r.rejected)]))))
                })))
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }
}
