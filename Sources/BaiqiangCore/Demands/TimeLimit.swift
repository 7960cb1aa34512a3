import Foundation

/// How a time limit is counted (时限单位).
public enum TimeLimitUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// 分钟: calendar time from receipt.
    case minutes
    /// 小时: calendar time from receipt.
    case hours
    /// 工作日: due at 23:59:59 of the N-th working day after the day of receipt.
    case workingDays = "working_days"
    /// 自然日: due at 23:59:59 of the N-th day after the day of receipt, holidays included.
    case calendarDays = "calendar_days"

    public var label: BilingualText {
        switch self {
        case .minutes: BilingualText(zh: "分钟", en: "minutes")
        case .hours: BilingualText(zh: "小时", en: "hours")
        case .workingDays: BilingualText(zh: "个工作日", en: "working days")
        case .calendarDays: BilingualText(zh: "天", en: "days")
        }
    }
}

/// A time limit (办理时限): "60 minutes", "10 working days".
public struct TimeLimit: Sendable, Hashable, Codable, CustomStringConvertible {
    public let amount: Int
    public let unit: TimeLimitUnit

    public init(_ amount: Int, _ unit: TimeLimitUnit) {
        self.amount = amount
        self.unit = unit
    }

    public static func minutes(_ n: Int) -> TimeLimit { TimeLimit(n, .minutes) }
    public static func hours(_ n: Int) -> TimeLimit { TimeLimit(n, .hours) }
    public static func workingDays(_ n: Int) -> TimeLimit { TimeLimit(n, .workingDays) }
    public static func calendarDays(_ n: Int) -> TimeLimit { TimeLimit(n, .calendarDays) }

    /// When a demand received at `receipt` falls due. Minutes and hours run on the clock,
    /// through nights and holidays, because that is how the SME platform promises them.
    public func deadline(from receipt: Date, calendar: WorkingDayCalendar) -> Date {
        switch unit {
        case .minutes:
            return receipt.addingTimeInterval(TimeInterval(amount * 60))
        case .hours:
            return receipt.addingTimeInterval(TimeInterval(amount * 3600))
        case .workingDays:
            return calendar.deadline(from: receipt, workingDays: amount)
        case .calendarDays:
            return ShanghaiTime.endOfDay(ShanghaiTime.day(of: receipt).adding(days: amount))
        }
    }

    /// "10 个工作日" / "10 working days".
    public var label: BilingualText {
        BilingualText(zh: "\(amount) \(unit.label.zh)", en: "\(amount) \(unit.label.en)")
    }

    public var description: String { label.en }
}
