import BaiqiangCore
import BaiqiangHTML

extension EnterpriseListPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let filter = model.filter
        let english = context.language == .en
        let ui = EnterpriseUI(context: context)
        let mayImport = context.principal?.permissions.allows(.importRegistry) == true
        return Layout.page(context, title: context.t("nav.enterprises"), active: .enterprises,
            .div(.class("page-head"),
                 .h1(.text(context.t("nav.enterprises"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.enterpriseLadder.path), .text(context.t("enterprises.ladder"))),
                      .a(.class("button"), .href(link(SiteURL.enterpriseExport(format: "csv").path, filter)), .text(context.t("enterprises.export_csv"))),
                      .a(.class("button"), .href(link(SiteURL.enterpriseExport(format: "xlsx").path, filter)), .text(context.t("enterprises.export_xlsx"))),
                      .a(.class("button"), .href(link(SiteURL.enterpriseFiguresExport(format: "csv").path, filter)), .text(context.t("enterprises.export_figures_csv"))),
                      .a(.class("button"), .href(link(SiteURL.enterpriseFiguresExport(format: "xlsx").path, filter)), .text(context.t("enterprises.export_figures_xlsx"))),
                      .if(mayImport,
                          .a(.class("button"), .href(SiteURL.enterpriseImport.path), .text(context.t("enterprises.import")))))),
            .form(.method(.get), .action(SiteURL.enterprises.path), .class("filters"),
                .label(.text(context.t("enterprises.search")), .input(.type(.search), .name("q"), .value(filter.text ?? ""))),
                .label(.text(context.t("enterprises.town")),
                       .select(.attribute(named: "name", value: "town"),
                               FormNodes.option("", context.t("common.all")),
                               .forEach(model.towns) { t in FormNodes.option(t.code, english ? t.nameEn : t.nameZh, selected: t.code == filter.townCode) })),
                .label(.text(context.t("enterprises.industry")),
                       .input(.type(.text), .name("industry"), .value(filter.industry ?? ""), .placeholder("39 / 3976"))),
                .label(.text(context.t("enterprises.scale")),
                       .select(.attribute(named: "name", value: "scale"),
                               FormNodes.option("", context.t("common.all")),
                               FormNodes.option("above", context.t("enterprises.above_scale"), selected: filter.scale == "above"),
                               FormNodes.option("below", context.t("enterprises.below_scale"), selected: filter.scale == "below"))),
                .label(.text(context.t("enterprises.designation")),
                       .select(.attribute(named: "name", value: "designation"),
                               FormNodes.option("", context.t("common.all")),
                               .forEach(DesignationKind.allCases) { kind in
                                   FormNodes.option(kind.rawValue, ui.text(kind.name), selected: filter.designation == kind.rawValue)
                               })),
                .button(.type(.submit), .text(context.t("common.filter")))
            ),
            .p(.class("muted"), .text(context.t("enterprises.count", ["count": NumberText.number(Double(model.total))]))),
            .if(model.rows.isEmpty, Layout.notice("info", context.t("common.no_rows"))),
            .if(!model.rows.isEmpty, table(model.rows, context)),
            .unwrap(model.nextCursor) { cursor in
                .p(.a(.class("button"), .href(link(SiteURL.enterprises.path, filter, cursor: cursor)), .text(context.t("common.next_page"))))
            }
        )
    }

    static func table(_ rows: [EnterpriseStore.Row], _ context: PageContext) -> Node {
        let english = context.language == .en
        let ui = EnterpriseUI(context: context)
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("enterprises.credit_code"))), .th(.text(context.t("enterprises.name"))),
                       .th(.text(context.t("enterprises.town"))), .th(.text(context.t("enterprises.industry"))),
                       .th(.text(context.t("enterprises.revenue_latest"))), .th(.text(context.t("enterprises.scale"))),
                       .th(.text(context.t("enterprises.designations"))))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.href(SiteURL.enterprise(creditCode: row.creditCode).path), .text(row.creditCode))),
                    .td(.text(row.name), .if(row.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
                    .td(.text(row.town.map { english ? $0.nameEn : $0.nameZh } ?? "—")),
                    .td(.text(ui.industryLabel(row.industryCode))),
                    .td(.class("num"), .text(row.revenueWan.map { ui.wan($0) + " (\(row.latestYear ?? 0))" } ?? "—")),
                    .td(.text(row.aboveScale.map { context.t($0 ? "enterprises.above_scale" : "enterprises.below_scale") } ?? "—")),
                    .td(.text(context.list((row.designations ?? []).compactMap { DesignationKind(rawValue: $0).map { ui.text($0.name) } }))))
            })
        )
    }
}
