/// The checks a regional figure passes before it is stored, the same for the import, the form and
/// the API. Each problem names the field it is about.
public enum RegionalFigureCheck {
    /// A growth rate below −100% would mean a negative figure; above 1000% in a county's
    /// published series is a unit or typing mistake far more often than a fact.
    public static let growthRange: ClosedRange<Double> = -100...1000

    public struct Problem: Sendable, Hashable {
        public var field: String
        public var reason: BilingualText

        public init(field: String, reason: BilingualText) {
            self.field = field
            self.reason = reason
        }
    }

    /// Why `figure` cannot be stored, given the units that exist, today, and the figures already
    /// stored (or earlier in the same file); empty when it can.
    public static func problems(_ figure: RegionalFigure, knownUnits: Set<String>, today: LocalDate,
                                existing: [RegionalFigure.Key: RegionalFigure]) -> [Problem] {
        var problems: [Problem] = []
        if !knownUnits.contains(figure.unitCode) {
            problems.append(Problem(field: "unit", reason: BilingualText(
                zh: "未知的区县“\(figure.unitCode)”", en: "unknown county-level unit “\(figure.unitCode)”")))
        }
        if figure.value == nil && figure.growthPercent == nil {
            problems.append(Problem(field: "value", reason: BilingualText(
                zh: "数值与增速至少填一项", en: "give a value, a growth rate or both")))
        }
        if let value = figure.value {
            if !value.isFinite {
                problems.append(Problem(field: "value", reason: BilingualText(zh: "数值不是有限数", en: "the value is not a finite number")))
            } else if value < 0 && !figure.indicator.allowsNegativeValue {
                problems.append(Problem(field: "value", reason: BilingualText(
                    zh: "\(figure.indicator.name.zh)不能为负数", en: "\(figure.indicator.name.en) cannot be negative")))
            }
        }
        if let growth = figure.growthPercent, !(growth.isFinite && growthRange.contains(growth)) {
            problems.append(Problem(field: "growth", reason: BilingualText(
                zh: "增速须在 −100% 至 1000% 之间", en: "the growth rate must lie between −100% and 1000%")))
        }
        if !figure.period.isOver(on: today) {
            problems.append(Problem(field: "period", reason: BilingualText(
                zh: "\(figure.period.label.zh)尚未结束，不能有统计数", en: "\(figure.period.label.en) is not over yet: no figure can exist")))
        }
        if let earlier = existing[figure.key], figure.correctionReason?.isEmpty ?? true {
            problems.append(Problem(field: "period", reason: BilingualText(
                zh: "该区县该指标\(figure.period.label.zh)已有数据（\(earlier.value.map(Self.format) ?? "—")）；如需更正请注明原因",
                en: "this unit already has a figure for this indicator in \(figure.period.label.en) (\(earlier.value.map(Self.format) ?? "—")); mark it a correction with a reason")))
        }
        problems += monotonyProblems(figure, existing: existing)
        return problems
    }

    /// A cumulative figure for January to month N cannot be smaller than the one to an earlier
    /// month of the same year, nor larger than a later one.
    static func monotonyProblems(_ figure: RegionalFigure, existing: [RegionalFigure.Key: RegionalFigure]) -> [Problem] {
        guard figure.indicator.isCumulativeFlow, let value = figure.value else { return [] }
        let months = 1...12
        let earlier = months.filter { $0 < figure.period.throughMonth }.reversed().lazy.compactMap { month in
            StatisticalPeriod(year: figure.period.year, throughMonth: month).flatMap {
                existing[RegionalFigure.Key(unitCode: figure.unitCode, indicator: figure.indicator, period: $0)]
            }
        }.first { $0.value != nil }
        if let earlier, let before = earlier.value, value < before {
            return [Problem(field: "value", reason: BilingualText(
                zh: "累计数 \(format(value)) 小于\(earlier.period.label.zh)的 \(format(before))",
                en: "the cumulative figure \(format(value)) is smaller than \(earlier.period.label.en)'s \(format(before))"))]
        }
        let later = months.filter { $0 > figure.period.throughMonth }.lazy.compactMap { month in
            StatisticalPeriod(year: figure.period.year, throughMonth: month).flatMap {
                existing[RegionalFigure.Key(unitCode: figure.unitCode, indicator: figure.indicator, period: $0)]
            }
        }.first { $0.value != nil }
        if let later, let after = later.value, value > after {
            return [Problem(field: "value", reason: BilingualText(
                zh: "累计数 \(format(value)) 大于\(later.period.label.zh)的 \(format(after))",
                en: "the cumulative figure \(format(value)) is larger than \(later.period.label.en)'s \(format(after))"))]
        }
        return []
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
