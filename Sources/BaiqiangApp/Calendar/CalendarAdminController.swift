import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// 工作日历 for administrators: the years kept, each year's holidays and adjusted working days,
/// and editing or uploading a year's YAML, checked by Core (errors name the line) before it is
/// stored. A year without data is reckoned Monday–Friday, and the pages say so.
struct CalendarAdminController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.adminCalendar.components, use: index)
        routes.get(SiteURL.adminCalendarYear(year: .placeholder(.year)).components, use: year)
        routes.on(.POST, SiteURL.adminCalendarYear(year: .placeholder(.year)).components, body: .collect(maxSize: "1mb"), use: save)
    }

    @Sendable func index(_ request: Request) async throws -> HTML {
        _ = try request.requirePermission(.administer)
        let calendar = try await CalendarStore.calendar(on: request.db)
        let thisYear = ShanghaiTime.day(of: request.appEnvironment.now).year
        let years = Array(Set(calendar.yearsWithData + [thisYear, thisYear + 1])).sorted()
        return Layout.page(request, title: request.t("calendar.title"), active: .demands,
            .h1(.text(request.t("calendar.title"))),
            .p(.class("muted"), .text(request.t("calendar.intro"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(request.t("calendar.year"))), .th(.text(request.t("calendar.source"))),
                           .th(.text(request.t("calendar.days_off"))), .th(.text(request.t("calendar.days_worked"))))),
                .tbody(.forEach(years) { year in
                    let data = calendar.years[year]
                    return .tr(.td(.a(.href(SiteURL.adminCalendarYear(year: String(year)).path), .text(String(year)))),
                               .td(.text(data.map { $0.source ?? "—" } ?? request.t("calendar.fallback"))),
                               .td(.class("num"), .text(data.map { String($0.daysOff.count) } ?? "—")),
                               .td(.class("num"), .text(data.map { String($0.weekendDaysWorked.count) } ?? "—")))
                }))
        )
    }

    @Sendable func year(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.administer)
        guard let year = Int(try request.parameters.require(.year)), (1990...2200).contains(year) else { throw Abort(.notFound) }
        let record = try await CalendarStore.year(year, on: request.db)
        return try await render(request, year: year, yaml: record?.yaml ?? Self.template(year), hasData: record != nil,
                                notice: nil, error: nil, status: .ok)
    }

    struct Upload: Content {
        var yaml: String?
        var file: File?
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.administer)
        guard let year = Int(try request.parameters.require(.year)), (1990...2200).contains(year) else { throw Abort(.notFound) }
        let upload = try request.content.decode(Upload.self)
        let text: String
        if let file = upload.file, file.data.readableBytes > 0 {
            guard let decoded = String(data: Data(buffer: file.data), encoding: .utf8) else {
                return try await render(request, year: year, yaml: "", hasData: false, notice: nil,
                                        error: request.t("calendar.not_utf8"), status: .badRequest)
            }
            text = decoded
        } else {
            text = upload.yaml ?? ""
        }
        let existing = try await CalendarStore.year(year, on: request.db)
        do {
            try await CalendarStore.save(year: year, yaml: text, writer: request.writer)
        } catch let error as CalendarDataError {
            return try await render(request, year: year, yaml: text, hasData: existing != nil, notice: nil,
                                    error: request.t(error.message), status: .badRequest)
        }
        return try await render(request, year: year, yaml: text, hasData: true, notice: request.t("calendar.saved"), error: nil, status: .ok)
    }

    static func template(_ year: Int) -> String {
        """
        year: \(year)
        source: 国务院办公厅关于\(year)年部分节假日安排的通知
        holidays:
          - name: 元旦
            name_en: New Year's Day
            off: \(year)-01-01

        """
    }

    func render(_ request: Request, year: Int, yaml: String, hasData: Bool, notice: String?, error: String?, status: HTTPStatus) async throws -> Response {
        let calendar = try await CalendarStore.calendar(on: request.db)
        let data = calendar.years[year]
        let holidays: [Node] = (data?.holidays ?? []).map { holiday in
            .tr(.td(.text(request.t(holiday.name))),
                .td(.text("\(holiday.daysOff.lowerBound) ~ \(holiday.daysOff.upperBound)")),
                .td(.text(holiday.weekendDaysWorked.map(\.description).joined(separator: ", "))))
        }
        let csrf = request.principal?.csrfToken ?? ""
        let action = SiteURL.adminCalendarYear(year: String(year)).path + "?" + CSRFMiddleware.fieldName + "=" + csrf
        let html = Layout.page(request, title: request.t("calendar.year_title", ["year": String(year)]), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(request.t("calendar.year_title", ["year": String(year)]))),
                 .nav(.class("page-actions"), .a(.class("button"), .href(SiteURL.adminCalendar.path), .text(request.t("calendar.title"))))),
            .unwrap(notice) { Layout.notice("success", $0) },
            .unwrap(error) { Layout.notice("error", $0) },
            .if(data == nil, Layout.notice("info", request.t("calendar.fallback_notice", ["year": String(year)]))),
            .if(data != nil, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("calendar.holiday"))), .th(.text(request.t("calendar.days_off"))),
                           .th(.text(request.t("calendar.days_worked"))))),
                .tbody(.group(holidays)))),
            .h2(.text(request.t("calendar.edit"))),
            .form(.method(.post), .action(action), .class("stacked"),
                  Layout.csrfField(request),
                  .textarea(.name("yaml"), .attribute(named: "rows", value: "24"), .attribute(named: "spellcheck", value: "false"), .text(yaml)),
                  .button(.type(.submit), .class("primary"), .text(request.t("calendar.save")))),
            .h2(.text(request.t("calendar.upload"))),
            .form(.method(.post), .action(action), .enctype(.multipartData), .class("stacked"),
                  .input(.type(.file), .name("file"), .attribute(named: "accept", value: ".yaml,.yml")),
                  .button(.type(.submit), .text(request.t("calendar.upload_submit"))))
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }
}
