import Foundation
import Synchronization

/// How numbers read on every page, export and chart: the same grouping and decimals everywhere.
enum NumberText {
    /// "1,333.3": grouped by thousands, at most two decimals.
    static func number(_ value: Double) -> String {
        formatter.withLock { $0.string(from: NSNumber(value: value)) } ?? String(value)
    }

    /// One formatter for the process: setting a formatter up costs far more than formatting
    /// (the plan's pages format hundreds of numbers a request), and the lock keeps one user at a time.
    private static let formatter = Mutex({
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        return formatter
    }())

    /// "37%" for a share of 0.37.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
