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
        routes.upload(SiteURL.adminCalendarYear(year: .placeholder(.year)).components, maxSize: "1mb", use: save)
    }

    @Sendable func index(_ request: Request) async throws -> HTML {
        _ = try request.requirePermission(.configure)
        let model = CalendarIndexPage.Model(calendar: try await CalendarStore.calendar(on: request.db),
                                            thisYear: ShanghaiTime.day(of: request.appEnvironment.now).year)
        return CalendarIndexPage.view(model, request.pageContext)
    }

    @Sendable func year(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.configure)
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
        _ = try request.requirePermission(.configure)
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
        let model = CalendarYearPage.Model(year: year, data: calendar.years[year], yaml: yaml, notice: notice, error: error)
        return try await HTMLPage(status: status, html: CalendarYearPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
