import BaiqiangCore
import Foundation
import BaiqiangHTML

extension EnterpriseImportPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let issues = model.issues
        return Layout.page(context, title: context.t("enterprises.import"), active: .enterprises,
            .p(.a(.href(SiteURL.enterprises.path), .text("← " + context.t("nav.enterprises")))),
            .h1(.text(context.t("enterprises.import"))),
            .p(.text(context.t("import.intro"))),
            ImportTemplateController.links(RegistryImporter.Kind.allCases.map { (kind: $0.rawValue, label: context.t("import.kind.\($0.rawValue)")) }, context),
            .unwrap(model.outcome) { outcome in
                Layout.notice(outcome.report.rejected > 0 ? "error" : "success", context.t("import.report", [
                    "read": String(outcome.report.rowsRead), "inserted": String(outcome.report.inserted),
                    "updated": String(outcome.report.updated), "rejected": String(outcome.report.rejected)]))
            },
            .unwrap(model.failure) { Layout.notice("error", context.t($0.message)) },
            IssueTable.node(IssueListing.listed(issues), context),
            .unwrap(model.outcome?.rejectedFile) { bytes in
                .p(.a(.class("button"), .attribute(named: "download", value: "rejected.csv"),
                      .href("data:text/csv;base64," + Data(bytes).base64EncodedString()), .text(context.t("import.download_rejected"))))
            },
            uploadForm(context),
            .h2(.text(context.t("import.history"))),
            .if(model.reports.isEmpty, .p(.class("muted"), .text(context.t("common.no_rows")))),
            .if(!model.reports.isEmpty, history(model.reports, context))
        )
    }

    static func uploadForm(_ context: PageContext) -> Node {
        .form(.method(.post), .enctype(.multipartData), .class("stacked"),
              .action(SiteURL.enterpriseImport.path), Layout.csrfField(context),
              .label(.text(context.t("import.kind")),
                     .select(.attribute(named: "name", value: "kind"),
                             .forEach(RegistryImporter.Kind.allCases) { kind in FormNodes.option(kind.rawValue, context.t("import.kind.\(kind.rawValue)")) })),
              .label(.text(context.t("import.file")),
                     .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".csv,.xlsx"))),
              .label(.class("checkbox"), .input(.type(.checkbox), .name("partial"), .value("1")), .text(context.t("import.partial"))),
              .button(.type(.submit), .class("primary"), .text(context.t("import.submit"))))
    }

    static func history(_ reports: [ImportReportRecord], _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("admin.audit.time"))), .th(.text(context.t("import.file"))), .th(.text(context.t("import.kind"))),
                       .th(.text(context.t("admin.audit.actor"))), .th(.text(context.t("import.counts"))))),
            .tbody(.forEach(reports) { r in
                .tr(.td(.text(r.createdAt.map(ShanghaiDay.display) ?? "—")), .td(.text(r.fileName)),
                    .td(.text(context.t("import.kind.\(r.kind)"))), .td(.text(r.actor)),
                    .td(.text(context.t("import.report", ["read": String(r.rowsRead), "inserted": String(r.inserted),
                                                         "updated": String(r.updated), "rejected": String(r.rejected)]))))
            }))
    }
}
