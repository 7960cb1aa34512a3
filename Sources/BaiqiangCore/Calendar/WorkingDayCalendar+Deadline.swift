import Foundation

extension WorkingDayCalendar {
    /// The deadline of a limit in working days (工作日时限): 23:59:59 Beijing time of the N-th
    /// working day after the day of receipt. The day of receipt never counts, whatever its hour,
    /// and a demand received on a holiday or weekend starts counting on the next working day.
    /// Zero working days is the end of the day of receipt.
    ///
    /// - Precondition: `workingDays >= 0` (limits are validated when loaded).
    public func deadline(from receipt: Date, workingDays: Int) -> Date {
        deadlineDetail(from: receipt, workingDays: workingDays).deadline
    }

    /// The deadline with the day it falls on and the years reckoned without data, so a page can
    /// warn that a deadline in a year with no notice yet may move.
    public func deadlineDetail(from receipt: Date, workingDays: Int) -> WorkingDayDeadline {
        precondition(workingDays >= 0, "a time limit cannot be negative")
        let received = ShanghaiTime.day(of: receipt)
        var day = received
        var counted = 0
        while counted < workingDays {
            day = day.adding(days: 1)
            if isWorkingDay(day) { counted += 1 }
        }
        let spanned = Set(received.year...day.year).filter { !hasData(for: $0) }
        return WorkingDayDeadline(
            deadline: ShanghaiTime.endOfDay(day), lastDay: day, yearsWithoutData: spanned.sorted())
    }

    /// Working days strictly after `start`'s day up to and including `end`'s day (for "how many
    /// working days did it take").
    public func workingDays(after start: Date, through end: Date) -> Int {
        let first = ShanghaiTime.day(of: start).dayNumber + 1
        let last = ShanghaiTime.day(of: end).dayNumber
        guard first <= last else { return 0 }
        return (first...last).count(where: { isWorkingDay(LocalDate(dayNumber: $0)) })
    }
}

/// A working-day deadline and how sure it is.
public struct WorkingDayDeadline: Sendable, Hashable {
    /// 23:59:59 Beijing time of `lastDay`.
    public let deadline: Date
    /// The N-th working day after the day of receipt.
    public let lastDay: LocalDate
    /// Years between receipt and deadline that had no notice loaded and were reckoned Monday–Friday.
    public let yearsWithoutData: [Int]

    /// True when some of the days counted were guessed Monday–Friday.
    public var usedFallback: Bool { !yearsWithoutData.isEmpty }
}
