import Foundation

/// Days as people in the county count them (Asia/Shanghai), and times shown to them.
enum ShanghaiDay {
    static let timeZone = TimeZone(identifier: "Asia/Shanghai")!

    static func startUTC(of day: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: day)
    }

    /// "2026-11-26 19:01:51" in Asia/Shanghai for a stored UTC ISO timestamp.
    static func display(utcISO: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: utcISO) else { return utcISO }
        return display(date)
    }

    static func display(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
