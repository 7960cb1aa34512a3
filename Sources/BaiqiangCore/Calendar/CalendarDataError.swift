/// Why a working-day calendar file (工作日历) was refused, with where in the file it went wrong.
public typealias CalendarDataError = DataFileError<CalendarDataReason>

public enum CalendarDataReason: YAMLFileReason {
    /// Not YAML at all, or not the expected shape.
    case malformedYAML(YAMLProblem)
    case missingField(String)
    case malformedDate(String)
    /// A range of days off whose last day comes before its first.
    case rangeEndsBeforeStart(String)
    /// A date that belongs to no part of the file's year.
    case dateOutsideYear(LocalDate, year: Int)
    case bothOffAndWorked(LocalDate)
    /// 调休上班 only ever moves work onto a Saturday or Sunday.
    case workedDayNotWeekend(LocalDate)
    /// The file `2025.yaml` says `year: 2024`.
    case yearDoesNotMatchFileName(fileYear: Int, dataYear: Int)
    case duplicateYear(Int)
    /// Two years' files disagree about a day both mention (around New Year).
    case conflictingYears(LocalDate, Int, Int)
    /// The shipped calendar folder is empty or missing: a packaging fault, never "no holidays".
    case noBundledData
    /// A name or the source longer than `FieldLimits` allows.
    case tooLong(field: String, limit: Int)

    /// A missing field keeps the calendar's own reason, which names it.
    public static func reason(for problem: YAMLProblem) -> CalendarDataReason {
        if problem.kind == .missingField, let field = problem.field { return .missingField(field) }
        return .malformedYAML(problem)
    }

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "工作日历格式不正确：\(problem.detail.zh)", en: "The working-day calendar is not valid: \(problem.detail.en)")
        case .missingField(let field):
            BilingualText(zh: "缺少字段 “\(field)”", en: "The field “\(field)” is missing")
        case .malformedDate(let text):
            BilingualText(zh: "“\(text)” 不是有效日期（应为 YYYY-MM-DD）",
                          en: "“\(text)” is not a valid date (expected YYYY-MM-DD)")
        case .rangeEndsBeforeStart(let text):
            BilingualText(zh: "放假区间 “\(text)” 的结束日期早于开始日期",
                          en: "The range of days off “\(text)” ends before it starts")
        case .dateOutsideYear(let date, let year):
            BilingualText(zh: "日期 \(date) 不在 \(year) 年内",
                          en: "The date \(date) is outside the year \(year)")
        case .bothOffAndWorked(let date):
            BilingualText(zh: "日期 \(date) 既是放假日又是调休上班日",
                          en: "The date \(date) is both a day off and a day worked")
        case .workedDayNotWeekend(let date):
            BilingualText(zh: "调休上班日 \(date) 不是周六或周日",
                          en: "The day worked \(date) is not a Saturday or Sunday")
        case .yearDoesNotMatchFileName(let fileYear, let dataYear):
            BilingualText(zh: "文件名是 \(fileYear) 年，内容却是 \(dataYear) 年",
                          en: "The file is named for \(fileYear) but holds the year \(dataYear)")
        case .duplicateYear(let year):
            BilingualText(zh: "\(year) 年的工作日历重复", en: "The year \(year) is given twice")
        case .tooLong(let field, let limit):
            BilingualText(zh: "字段 “\(field)” 不能超过 \(limit) 个字符", en: "The field “\(field)” must be at most \(limit) characters")
        case .noBundledData:
            BilingualText(zh: "找不到随程序发布的工作日历文件", en: "The bundled working-day calendar files were not found")
        case .conflictingYears(let date, let a, let b):
            BilingualText(zh: "\(a) 年与 \(b) 年的工作日历对 \(date) 的安排不一致",
                          en: "The calendars of \(a) and \(b) disagree about \(date)")
        }
    }
}
