import Foundation

/// How numbers read on every page, export and chart: the same grouping and decimals everywhere.
enum NumberText {
    /// "1,333.3": grouped by thousands, at most two decimals.
    static func number(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    /// "37%" for a share of 0.37.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
