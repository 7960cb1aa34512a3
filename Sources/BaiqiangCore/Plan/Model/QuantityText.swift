import Foundation

/// A figure with its unit as a reader of each language expects it: Chinese keeps the county's
/// own units (561 亿元, 606.55 万元); English counts in its own (5.61 billion yuan, 6.07 million
/// yuan) and agrees in number (1 firm, 2 firms), since "561 100 million yuan" and "1 firms" read
/// as mistakes.
public enum QuantityText {
    /// `value` in the unit whose code is `unit` (a `KPIUnit` code), in `language`.
    public static func text(_ value: Double, unit: String, language: Language) -> String {
        switch language {
        case .zhHans:
            return "\(grouped(value)) \(KPIUnit.name(of: unit).zh)"
        case .en:
            return english(value, unit: unit)
        }
    }

    static func english(_ value: Double, unit: String) -> String {
        switch unit {
        case "yi_yuan": return yuan(value * 100_000_000)
        case "wan_yuan": return yuan(value * 10_000)
        case "firms": return counted(value, one: "firm", many: "firms")
        case "places": return counted(value, one: "school place", many: "school places")
        case "count": return grouped(value)
        case "percent": return "\(grouped(value))%"
        case "rank": return "rank \(grouped(value))"
        default: return "\(grouped(value)) \(KPIUnit.name(of: unit).en)"
        }
    }

    /// Yuan in the largest of billions, millions or plain yuan that keeps the figure at least 1.
    public static func yuan(_ amount: Double) -> String {
        let size = abs(amount)
        if size >= 1_000_000_000 { return "\(grouped(amount / 1_000_000_000)) billion yuan" }
        if size >= 1_000_000 { return "\(grouped(amount / 1_000_000)) million yuan" }
        return "\(grouped(amount)) yuan"
    }

    /// "1 firm", "−1 firm" (one short of a target), "2 firms", "1.5 firms".
    static func counted(_ value: Double, one: String, many: String) -> String {
        "\(grouped(value)) \(abs(value) == 1 ? one : many)"
    }

    /// "1,333.3": grouped by thousands, at most two decimals.
    public static func grouped(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
