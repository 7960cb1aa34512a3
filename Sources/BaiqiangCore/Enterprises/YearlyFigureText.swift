/// How a firm's figure reads in each language. Chinese keeps the registry's own units (16,548.83
/// 万元). English counts in millions, as its readers do: one 万 is a hundredth of a million, so
/// 16,548.83 万元 reads 165.49 million yuan, since "16,548.83 10⁴ yuan" reads as a mistake.
/// Stored values, imports and exports keep the registry's units: only what a reader sees is scaled.
public enum YearlyFigureText {
    /// What a stored value is multiplied by to be shown in `language`'s unit.
    public static func scale(_ figure: YearlyFigure, _ language: Language) -> Double {
        language == .en && [.wanYuan, .wanKWh].contains(figure.unit) ? 0.01 : 1
    }

    /// The figure's column heading: its short label, with the unit where it is not the money unit
    /// the table's heading names (`moneyUnit`).
    public static func label(_ figure: YearlyFigure, _ language: Language) -> String {
        if figure == .electricityWkwh, language == .en { return "Electricity (million kWh)" }
        return figure.label.text(for: language)
    }

    /// The unit the money figures of a table or chart are shown in: 万元, million yuan.
    public static func moneyUnit(_ language: Language) -> String {
        language == .en ? "million yuan" : "万元"
    }

    /// The value alone, in `language`'s unit, under a heading that names it.
    public static func number(_ value: Double, _ figure: YearlyFigure, _ language: Language) -> String {
        QuantityText.grouped(value * scale(figure, language))
    }
}
