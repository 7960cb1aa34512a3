import BaiqiangCore
import Foundation

/// Labels of chart axes that are dates, kept as day numbers (days since 1970-01-01).
enum AxisLabels {
    /// "2025-06" for a day number.
    static func month(dayNumber: Double) -> String {
        let day = PlanDate(Date(timeIntervalSince1970: dayNumber.rounded() * 86_400), timeZone: TimeZone(identifier: "UTC")!)
        return String(day.description.prefix(7))
    }
}
