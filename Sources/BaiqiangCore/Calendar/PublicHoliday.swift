/// One holiday of a State Council notice (法定节假日安排): its days off (放假) and the weekend
/// days worked in exchange (调休上班).
public struct PublicHoliday: Sendable, Hashable {
    /// 元旦 / New Year's Day, 春节 / Spring Festival …
    public let name: BilingualText
    /// The consecutive days off, first to last.
    public let daysOff: ClosedRange<LocalDate>
    /// Saturdays and Sundays that become working days for this holiday.
    public let weekendDaysWorked: [LocalDate]

    public init(name: BilingualText, daysOff: ClosedRange<LocalDate>, weekendDaysWorked: [LocalDate] = []) {
        self.name = name
        self.daysOff = daysOff
        self.weekendDaysWorked = weekendDaysWorked
    }

    /// Every day off, in order.
    public var eachDayOff: [LocalDate] {
        (daysOff.lowerBound.dayNumber...daysOff.upperBound.dayNumber).map(LocalDate.init(dayNumber:))
    }
}
