/// How a regional figure reads in each language. Chinese keeps the bulletin's own unit (502.87
/// 亿元). English counts in billions, as its readers do: one 亿 is a tenth of a billion, so 502.87
/// 亿元 reads 50.29 billion yuan, since "502.87 100 million yuan" reads as a mistake; counts of
/// firms agree in number (1 firm, 2 firms). Stored values, imports, exports and entry forms keep
/// the bulletin's unit: only what a reader sees is scaled.
public enum RegionalFigureText {
    /// What a stored value is multiplied by to be shown in `language`'s unit.
    public static func scale(_ indicator: RegionalIndicator, _ language: Language) -> Double {
        language == .en && countsInYi(indicator) ? 0.1 : 1
    }

    /// The unit a column or heading of the indicator's figures names, in `language`.
    public static func unit(_ indicator: RegionalIndicator, _ language: Language) -> String {
        switch language {
        case .zhHans:
            return indicator.unit.zh
        case .en:
            switch indicator {
            case .foreignInvestmentUsed: return "billion US dollars"
            case .industrialElectricity: return "billion kWh"
            case .fourAboveFirms, .fourAboveNetIncrease, .marketEntities: return indicator.unit.en
            default: return "billion yuan"
            }
        }
    }

    /// The indicator's name with its unit, as a heading: "地区生产总值（亿元）", "GDP (billion yuan)".
    public static func heading(_ indicator: RegionalIndicator, _ language: Language) -> String {
        switch language {
        case .zhHans: "\(indicator.name.zh)（\(unit(indicator, language))）"
        case .en: "\(indicator.name.en) (\(unit(indicator, language)))"
        }
    }

    /// The value alone, in `language`'s unit, for a column headed with `unit`.
    public static func number(_ value: Double, _ indicator: RegionalIndicator, _ language: Language) -> String {
        QuantityText.grouped(value * scale(indicator, language))
    }

    /// The value with its unit, for running text: "502.87 亿元", "50.29 billion yuan", "1 firm".
    public static func quantity(_ value: Double, _ indicator: RegionalIndicator, _ language: Language) -> String {
        if language == .en, !countsInYi(indicator) { return QuantityText.counted(value, one: "firm", many: "firms") }
        return "\(number(value, indicator, language)) \(unit(indicator, language))"
    }

    /// The indicators published in 亿 (a hundred million) of something.
    static func countsInYi(_ indicator: RegionalIndicator) -> Bool {
        switch indicator {
        case .fourAboveFirms, .fourAboveNetIncrease, .marketEntities: false
        default: true
        }
    }
}
