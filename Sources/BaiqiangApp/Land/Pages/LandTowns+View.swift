import BaiqiangCore
import BaiqiangHTML

extension LandTownsPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("land.towns.title"), active: .land,
            .p(.a(.href(SiteURL.land.path), .text("← " + context.t("nav.land")))),
            .h1(.text(context.t("land.towns.title")),
                .if(model.hasDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
            .p(.class("muted"), .text(context.t("land.towns.intro", [
                "from": model.window?.lowerBound.description ?? "—", "to": model.window?.upperBound.description ?? "—",
                "total": NumberText.number(model.countyCompletedHectares),
            ]))),
            .p(.a(.class("button"), .href(SiteURL.landTownsExport(format: "csv").path), .text(context.t("land.towns.export")))),
            table(model, context))
    }

    static func header(_ key: SortKey, _ label: String, _ model: Model, numeric: Bool = true) -> Node {
        .th(.if(numeric, .class("num")),
            key == model.sort ? .text(label + " ▾") : .a(.href(SiteURL.landTowns.path + "?sort=" + key.rawValue), .text(label)))
    }

    static func table(_ model: Model, _ context: PageContext) -> Node {
        let noTown = context.t("land.towns.no_town")
        return .table(.class("data"),
            .thead(.tr(header(.rank, context.t("land.towns.rank"), model),
                       header(.town, context.t("land.town"), model, numeric: false),
                       header(.parcels, context.t("land.parcels"), model),
                       header(.area, context.t("land.towns.area_ha"), model),
                       header(.low, context.t("land.towns.low_ha"), model),
                       header(.completed, context.t("land.towns.completed_ha"), model),
                       header(.inProgress, context.t("land.towns.in_progress_ha"), model),
                       header(.share, context.t("land.towns.share"), model))),
            .tbody(.forEach(model.rows) { row in
                .tr(.td(.class("num"), .text(String(row.rank))),
                    .td(.text(name(row, model.names, noTown: noTown))),
                    .td(.class("num"), .text(String(row.parcelCount))),
                    .td(.class("num"), .text(NumberText.number(row.areaHectares))),
                    .td(.class("num"), .text(NumberText.number(row.lowEfficiencyHectares))),
                    .td(.class("num"), .text(NumberText.number(row.completedHectares))),
                    .td(.class("num"), .text(NumberText.number(row.inProgressHectares))),
                    .td(.class("num"), .text(share(row.disposedShare))))
            }))
    }
}
