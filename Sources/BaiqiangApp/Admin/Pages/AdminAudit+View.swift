import BaiqiangCore
import BaiqiangHTML
import Foundation

extension AdminAuditPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let filter = model.filter
        return Layout.page(context, title: context.t("admin.audit.title"), active: .adminUsers,
            AdminTabs.node(context, active: .adminAudit),
            .h1(.text(context.t("admin.audit.title"))),
            verification(model.verification, context),
            .form(.method(.get), .action(SiteURL.adminAudit.path), .class("filters"),
                field(context, "actor", filter.actor), field(context, "entity", filter.entity),
                field(context, "action", filter.action),
                .label(.text(context.t("admin.audit.from")), .input(.type(.date), .name("from"), .value(filter.from ?? ""))),
                .label(.text(context.t("admin.audit.to")), .input(.type(.date), .name("to"), .value(filter.to ?? ""))),
                .button(.type(.submit), .text(context.t("common.filter")))
            ),
            .p(.a(.class("button"), .href(exportLink(filter, .csv)), .text(context.t("admin.audit.export_csv"))),
               .text(" "),
               .a(.class("button"), .href(exportLink(filter, .jsonl)), .text(context.t("admin.audit.export_jsonl"))),
               .span(.class("muted"), .text(" " + context.t("admin.audit.export_note")))),
            .if(model.rows.isEmpty, Layout.notice("info", context.t("common.no_rows"))),
            .if(!model.rows.isEmpty, table(model.rows, context)),
            .unwrap(model.next) { sequence in
                .p(.a(.class("button"), .href(link(filter, before: sequence)), .text(context.t("common.next_page"))))
            }
        )
    }

    static func verification(_ verification: Verification, _ context: PageContext) -> Node {
        switch verification {
        case .offered:
            .p(.a(.class("button"), .href(SiteURL.adminAudit.path + "?verify=1"), .text(context.t("admin.audit.verify"))))
        case .intact(let count, let anchor):
            Layout.notice("success", context.t("admin.audit.intact", ["count": String(count), "anchor": anchor]))
        case .broken(let message):
            Layout.notice("error", context.t("admin.audit.broken", ["detail": context.t(message)]))
        }
    }

    static func table(_ rows: [AuditEntry], _ context: PageContext) -> Node {
        .table(.class("data audit"),
            .thead(.tr(.th(.text("#")), .th(.text(context.t("admin.audit.time"))), .th(.text(context.t("admin.audit.actor"))),
                       .th(.text(context.t("admin.audit.action"))), .th(.text(context.t("admin.audit.entity"))),
                       .th(.text(context.t("admin.audit.change"))), .th(.text(context.t("admin.audit.request"))))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.text(String(row.sequence))), .td(.text(ShanghaiDay.display(utcISO: row.at))),
                    .td(.text("\(row.actor) (\(row.role))")),
                    .td(.text(AuditAction.name(of: row.action, in: context.language) + " "), .code(.class("muted"), .text(row.action))),
                    .td(.text(AuditEntity.name(of: row.entity, in: context.language) + " \(row.entityID) "),
                        .code(.class("muted"), .text(row.entity))),
                    .td(.if(row.before != nil || row.after != nil, .element(named: "details", nodes: [
                        .element(named: "summary", text: context.t("admin.audit.show")),
                        .unwrap(row.before) { .div(.strong(.text(context.t("admin.audit.before"))), .pre(.text($0))) },
                        .unwrap(row.after) { .div(.strong(.text(context.t("admin.audit.after"))), .pre(.text($0))) },
                    ]))),
                    .td(.class("muted"), .text(row.requestID ?? "—")))
            })
        )
    }

    static func field(_ context: PageContext, _ name: String, _ value: String?) -> Node {
        .label(.text(context.t("admin.audit.\(name)")), .input(.type(.text), .name(name), .value(value ?? "")))
    }

    /// The download of the filter's days; the other filters narrow the page, not the export,
    /// whose rows must follow each other to verify.
    static func exportLink(_ filter: AuditStore.Filter, _ format: AuditExportFormat) -> String {
        let path = SiteURL.adminAuditExport(format: format.rawValue).path
        var components = URLComponents()
        components.path = path
        let pairs: [(String, String?)] = [("from", filter.from), ("to", filter.to)]
        let items = pairs.compactMap { name, value in value.nonEmpty.map { URLQueryItem(name: name, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }

    /// The next page's address, keeping the filter.
    static func link(_ filter: AuditStore.Filter, before: Int) -> String {
        var components = URLComponents()
        components.path = SiteURL.adminAudit.path
        let pairs: [(String, String?)] = [("actor", filter.actor), ("entity", filter.entity), ("action", filter.action),
                                          ("from", filter.from), ("to", filter.to), ("before", String(before))]
        components.queryItems = pairs.compactMap { name, value in value.nonEmpty.map { URLQueryItem(name: name, value: $0) } }
        return components.string ?? SiteURL.adminAudit.path
    }
}
