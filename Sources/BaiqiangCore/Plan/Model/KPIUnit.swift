/// The unit codes (计量单位) a plan uses, with their names in both languages.
///
/// A plan may use other codes; they are shown as written. Codes are ASCII so that a CSV or an
/// API client never has to guess an encoding to compare them.
public enum KPIUnit {
    public static let known: [String: BilingualText] = [
        "firms": BilingualText(zh: "家", en: "firms"),
        "ha": BilingualText(zh: "公顷", en: "ha"),
        "mu": BilingualText(zh: "亩", en: "mu"),
        "yi_yuan": BilingualText(zh: "亿元", en: "100 million yuan"),
        "wan_yuan": BilingualText(zh: "万元", en: "10,000 yuan"),
        "places": BilingualText(zh: "个学位", en: "school places"),
        "percent": BilingualText(zh: "%", en: "%"),
        "count": BilingualText(zh: "个", en: "count"),
        "rank": BilingualText(zh: "名", en: "rank"),
    ]

    /// The largest size a figure may have in any unit.
    public static let maximumMagnitude = FieldLimits.maximumMagnitude

    /// Units whose figures are counts, areas, places or amounts, which are never below zero.
    /// Percentages (growth rates) and codes the platform does not know may be negative.
    public static let nonNegative: Set<String> = ["firms", "ha", "mu", "yi_yuan", "wan_yuan", "places", "count", "rank"]

    public static func mayBeNegative(_ code: String) -> Bool { !nonNegative.contains(code) }

    /// The display name of a unit code, or the code itself when unknown.
    public static func name(of code: String) -> BilingualText {
        known[code] ?? BilingualText(zh: code, en: code)
    }
}
