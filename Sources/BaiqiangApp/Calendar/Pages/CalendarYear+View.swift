import BaiqiangCore
import BaiqiangHTML

extension CalendarYearPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let year = String(model.year)
        let holidays: [Node] = (model.data?.holidays ?? []).map { holiday in
            .tr(.td(.text(context.t(holiday.name))),
                .td(.text("\(holiday.daysOff.lowerBound) ~ \(holiday.daysOff.upperBound)")),
                .td(.text(holiday.weekendDaysWorked.map(\.description).joined(separator: ", "))))
        }
        let action = SiteURL.adminCalendarYear(year: year).path
        return Layout.page(context, title: context.t("calendar.year_title", ["year": year]), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(context.t("calendar.year_title", ["year": year]))),
                 .nav(.class("page-actions"), .a(.class("button"), .href(SiteURL.adminCalendar.path), .text(context.t("calendar.title"))))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.data == nil, Layout.notice("info", context.t("calendar.fallback_notice", ["year": year]))),
            .if(model.data != nil, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("calendar.holiday"))), .th(.text(context.t("calendar.days_off"))),
                           .th(.text(context.t("calendar.days_worked"))))),
                .tbody(.group(holidays)))),
            .h2(.text(context.t("calendar.edit"))),
            .form(.method(.post), .action(action), .class("stacked"),
                  Layout.csrfField(context),
                  .textarea(.name("yaml"), .attribute(named: "rows", value: "24"), .attribute(named: "spellcheck", value: "false"), .text(model.yaml)),
                  .button(.type(.submit), .class("primary"), .text(context.t("calendar.save")))),
            .h2(.text(context.t("calendar.upload"))),
            .form(.method(.post), .action(action), .enctype(.multipartData), .class("stacked"),
                  Layout.csrfField(context),
                  .input(.type(.file), .name("file"), .attribute(named: "accept", value: ".yaml,.yml")),
                  .button(.type(.submit), .text(context.t("calendar.upload_submit"))))
        )
    }
}
