import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The working-day calendar's pages for administrators are views of a model and a page context,
/// rendered here without a server or a database.
@Suite struct CalendarPageViewTests {
    static let yaml2026 = """
    year: 2026
    source: 国务院办公厅关于2026年部分节假日安排的通知
    holidays:
      - name: 春节
        name_en: Spring Festival
        off: 2026-02-15 ~ 2026-02-23
        worked: [2026-02-14, 2026-02-28]
    """

    static func calendar() throws -> WorkingDayCalendar {
        try WorkingDayCalendar.from(files: [(name: "2026.yaml", yaml: yaml2026)])
    }

    @Test func theIndexListsEveryYearKeptAndThisYearAndNextEvenWithoutData() throws {
        let html = CalendarIndexPage.view(.init(calendar: try Self.calendar(), thisYear: 2026), .rendering(.en, as: .admin)).render()
        #expect(html.contains(#"<a href="/admin/calendar/2026">2026</a>"#))
        #expect(html.contains("国务院办公厅关于2026年部分节假日安排的通知"), "the notice the year comes from")
        #expect(html.contains(#"<a href="/admin/calendar/2027">2027</a>"#))
        #expect(html.contains("No data: Monday–Friday fallback"), "a year without data says how it is reckoned")
    }

    @Test func aYearShowsItsHolidaysInTheReadersLanguageAndItsFormsCarryTheToken() throws {
        let data = try Self.calendar().years[2026]
        let model = CalendarYearPage.Model(year: 2026, data: data, yaml: Self.yaml2026, notice: nil, error: nil)
        let en = CalendarYearPage.view(model, .rendering(.en, as: .admin, csrfToken: "cal-token")).render()
        #expect(en.contains("<td>Spring Festival</td>"))
        #expect(en.contains("<td>2026-02-15 ~ 2026-02-23</td>"))
        #expect(en.contains("<td>2026-02-14, 2026-02-28</td>"))
        #expect(en.components(separatedBy: #"action="/admin/calendar/2026""#).count == 3, "the editor and the upload")
        #expect(en.components(separatedBy: #"name="_csrf" value="cal-token""#).count == 4,
                "the editor, the upload and the sign-out form each carry the token")
        #expect(!en.contains("fallback"))

        let zh = CalendarYearPage.view(model, .rendering(.zhHans, as: .admin)).render()
        #expect(zh.contains("<td>春节</td>"))
    }

    @Test func aYearWithoutDataSaysItIsReckonedMondayToFridayAndTheRefusedTextStaysEscaped() {
        let model = CalendarYearPage.Model(year: 2031, data: nil, yaml: "year: 2031\n" + hostileText,
                                           notice: nil, error: "第 2 行：无法解析")
        let html = CalendarYearPage.view(model, .rendering(.en, as: .admin)).render()
        #expect(html.contains("There is no holiday data for 2031 yet"))
        #expect(html.contains(#"<div class="notice notice-error" role="alert">第 2 行：无法解析</div>"#))
        #expect(html.contains("year: 2031\n" + hostileTextEscaped + "</textarea>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<table"))
    }
}
