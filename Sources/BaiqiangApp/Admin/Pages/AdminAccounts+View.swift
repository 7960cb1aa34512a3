import BaiqiangCore
import BaiqiangHTML
import Foundation

extension AdminAccountsPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("admin.accounts.title"), active: .adminUsers,
            AdminTabs.node(context, active: .adminAccounts),
            .h1(.text(context.t("admin.accounts.title"))),
            filterForm(model, context),
            .p(.a(.class("button"), .href(link(SiteURL.adminAccountsExport.path, model)), .text(context.t("admin.accounts.export_csv")))),
            .table(.class("data"),
                .thead(.tr(
                    .th(.text(context.t("admin.users.display_name"))), .th(.text(context.t("admin.users.username"))),
                    .th(.text(context.t("admin.users.role"))), .th(.text(context.t("admin.users.binding"))),
                    .th(.text(context.t("admin.users.status"))), .th(.text(context.t("admin.accounts.last_sign_in"))),
                    .th(.text(context.t("admin.accounts.days_since"))), .th(.text(context.t("admin.accounts.second_factor"))))),
                .tbody(.forEach(model.rows) { row($0, context) }))
        )
    }

    static func row(_ row: Row, _ context: PageContext) -> Node {
        .tr(.td(.text(row.displayName)), .td(.text(row.username)), .td(.text(context.t(row.role.label))),
            .td(.text(row.unit.map { context.t($0) } ?? "—")),
            .td(.text(context.t(row.isActive ? "admin.users.active" : "admin.users.inactive"))),
            .td(.text(row.lastSignInAt.map(ShanghaiDay.display) ?? context.t("admin.accounts.never"))),
            .td(.text(row.daysSince.map(String.init) ?? "—")),
            .td(.text(secondFactorText(row.secondFactor, context))))
    }

    /// Not enrolled is shown as a dash until accounts can enrol.
    static func secondFactorText(_ state: SecondFactorState, _ context: PageContext) -> String {
        switch state {
        case .notEnrolled: "—"
        case .enrolled: context.t("admin.accounts.second_factor_enrolled")
        }
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.adminAccounts.path), .class("inline"),
              .label(.text(context.t("admin.users.role")),
                     .select(.attribute(named: "name", value: "role"),
                             FormNodes.option("", context.t("admin.accounts.all_roles"), selected: model.role == nil),
                             .forEach(Role.allCases) { role in
                                 FormNodes.option(role.rawValue, context.t(role.label), selected: model.role == role)
                             })),
              .label(.text(context.t("admin.accounts.sort")),
                     .select(.attribute(named: "name", value: "sort"),
                             .forEach(Sort.allCases) { sort in
                                 FormNodes.option(sort.rawValue, context.t("admin.accounts.sort.\(sort.rawValue)"), selected: model.sort == sort)
                             })),
              .button(.type(.submit), .text(context.t("admin.accounts.apply"))))
    }

    /// `path` with the page's filter and order, so the export matches what is shown.
    static func link(_ path: String, _ model: Model) -> String {
        var items = [URLQueryItem(name: "sort", value: model.sort.rawValue)]
        if let role = model.role { items.append(URLQueryItem(name: "role", value: role.rawValue)) }
        var components = URLComponents()
        components.path = path
        components.queryItems = items
        return components.string ?? path
    }
}
