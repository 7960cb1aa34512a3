import BaiqiangCore
import BaiqiangHTML

extension CalendarIndexPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("calendar.title"), active: .demands,
            .h1(.text(context.t("calendar.title"))),
            .p(.class("muted"), .text(context.t("calendar.intro"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("calendar.year"))), .th(.text(context.t("calendar.source"))),
                           .th(.text(context.t("calendar.days_off"))), .th(.text(context.t("calendar.days_worked"))))),
                .tbody(.forEach(model.years) { year in
                    let data = model.calendar.years[year]
                    return .tr(.td(.a(.href(SiteURL.adminCalendarYear(year: String(year)).path), .text(String(year)))),
                               .td(.text(data.map { $0.source ?? "—" } ?? context.t("calendar.fallback"))),
                               .td(.class("num"), .text(data.map { String($0.daysOff.count) } ?? "—")),
                               .td(.class("num"), .text(data.map { String($0.weekendDaysWorked.count) } ?? "—")))
                }))
        )
    }
}
