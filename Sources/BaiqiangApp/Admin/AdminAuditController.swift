import BaiqiangCore
import BaiqiangHTML
import Vapor

/// Administrators browse and filter the audit log and check its hash chain.
struct AdminAuditController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminAudit.components, use: list)
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        _ = try request.requirePermission(.administer)
        let q = { (name: String) in try? request.query.get(String.self, at: name) }
        let filter = AuditStore.Filter(actor: q("actor"), entity: q("entity"), action: q("action"), from: q("from"), to: q("to"))
        let before = q("before").flatMap(Int.init)
        let queries = request.auditStore
        let (rows, next) = try await queries.page(filter, before: before, limit: 50)
        let verification: Node
        if q("verify") == "1" {
            if let broken = try await queries.verify() {
                verification = Layout.notice("error", request.t("admin.audit.broken", ["detail": request.t(broken.message)]))
            } else {
                let anchor = try await queries.anchor()?.description ?? "—"
                verification = Layout.notice("success", request.t("admin.audit.intact", ["count": String(try await queries.count()), "anchor": anchor]))
            }
        } else {
            verification = .p(.a(.class("button"), .href(SiteURL.adminAudit.path + "?verify=1"), .text(request.t("admin.audit.verify"))))
        }
        return Layout.page(request, title: request.t("admin.audit.title"), active: .adminUsers,
            AdminTabs.node(request, active: .adminAudit),
            .h1(.text(request.t("admin.audit.title"))),
            verification,
            .form(.method(.get), .action(SiteURL.adminAudit.path), .class("filters"),
                field(request, "actor", filter.actor), field(request, "entity", filter.entity),
                field(request, "action", filter.action),
                .label(.text(request.t("admin.audit.from")), .input(.type(.date), .name("from"), .value(filter.from ?? ""))),
                .label(.text(request.t("admin.audit.to")), .input(.type(.date), .name("to"), .value(filter.to ?? ""))),
                .button(.type(.submit), .text(request.t("common.filter")))
            ),
            .if(rows.isEmpty, Layout.notice("info", request.t("common.no_rows"))),
            .if(!rows.isEmpty, .table(.class("data audit"),
                .thead(.tr(.th(.text("#")), .th(.text(request.t("admin.audit.time"))), .th(.text(request.t("admin.audit.actor"))),
                           .th(.text(request.t("admin.audit.action"))), .th(.text(request.t("admin.audit.entity"))),
                           .th(.text(request.t("admin.audit.change"))), .th(.text(request.t("admin.audit.request"))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(String(row.sequence))), .td(.text(ShanghaiDay.display(utcISO: row.at))),
                        .td(.text("\(row.actor) (\(row.role))")), .td(.code(.text(row.action))),
                        .td(.text("\(row.entity) \(row.entityID)")),
                        .td(.if(row.before != nil || row.after != nil, .element(named: "details", nodes: [
                            .element(named: "summary", text: request.t("admin.audit.show")),
                            .unwrap(row.before) { .div(.strong(.text(request.t("admin.audit.before"))), .pre(.text($0))) },
                            .unwrap(row.after) { .div(.strong(.text(request.t("admin.audit.after"))), .pre(.text($0))) },
                        ]))),
                        .td(.class("muted"), .text(row.requestID ?? "—")))
                })
            )),
            .unwrap(next) { sequence in
                .p(.a(.class("button"), .href(link(filter, before: sequence)), .text(request.t("common.next_page"))))
            }
        )
    }

    func field(_ request: Request, _ name: String, _ value: String?) -> Node {
        .label(.text(request.t("admin.audit.\(name)")), .input(.type(.text), .name(name), .value(value ?? "")))
    }

    func link(_ filter: AuditStore.Filter, before: Int) -> String {
        var components = URLComponents()
        components.path = SiteURL.adminAudit.path
        let pairs: [(String, String?)] = [("actor", filter.actor), ("entity", filter.entity), ("action", filter.action),
                                          ("from", filter.from), ("to", filter.to), ("before", String(before))]
        components.queryItems = pairs.compactMap { name, value in value.nonEmpty.map { URLQueryItem(name: name, value: $0) } }
        return components.string ?? SiteURL.adminAudit.path
    }
}
