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

    /// The longest source texts a figure keeps, the same typed in, imported or posted.
    public static let sourceTextLength = TextFieldKind.name.maximumLength
    public static let addressLength = TextFieldKind.address.maximumLength
    /// What a correction's reason may hold: one limit for the entry form, the API and both
    /// figure imports (regional and reference counties').
    public static let correctionReasonField = TextFieldKind.name
    public static var correctionReasonLength: Int { correctionReasonField.maximumLength }

    /// Which units a list of figures is of: the prefecture's own county-level units, or the
    /// reference counties (对标县) a county chose; a unit missing from it is named accordingly.
    public enum Units: Sendable {
        case prefecture
        case referenceCounties
    }

    /// Why `figure` cannot be stored, given the units that exist, today, and the figures already
    /// stored (or earlier in the same file); empty when it can.
    /// - Parameter names: the units' names by code, to name a unit in a refusal (a reference
    ///   county's code is already its name).
    public static func problems(_ figure: RegionalFigure, knownUnits: Set<String>, units: Units = .prefecture, today: LocalDate,
                                existing: [RegionalFigure.Key: RegionalFigure], names: [String: BilingualText] = [:]) -> [Problem] {
        var problems: [Problem] = []
        if !knownUnits.contains(figure.unitCode) {
            switch units {
            case .prefecture:
                problems.append(Problem(field: "unit", reason: BilingualText(
                    zh: "未知的区县“\(figure.unitCode)”", en: "unknown county-level unit “\(figure.unitCode)”")))
            case .referenceCounties:
                problems.append(Problem(field: "county", reason: BilingualText(
                    zh: "“\(figure.unitCode)”不在对标县名单中", en: "“\(figure.unitCode)” is not on the list of reference counties")))
            }
        }
        if figure.value == nil && figure.growthPercent == nil {
            problems.append(Problem(field: "value", reason: BilingualText(
                zh: "数值与增速至少填一项", en: "give a value, a growth rate or both")))
        }
        if let value = figure.value {
            if !value.isFinite {
                problems.append(Problem(field: "value", reason: BilingualText(zh: "数值不是有限数", en: "the value is not a finite number")))
            } else if abs(value) > FieldLimits.maximumMagnitude {
                problems.append(Problem(field: "value", reason: FieldLimits.check(value, in: -FieldLimits.maximumMagnitude...FieldLimits.maximumMagnitude)
                    ?? BilingualText(zh: "数值过大", en: "the value is too large")))
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
            let unit = names[figure.unitCode] ?? BilingualText(zh: figure.unitCode, en: figure.unitCode)
            let had = earlier.value.map(Self.format) ?? "—"
            problems.append(Problem(field: "period", reason: BilingualText(
                zh: "\(unit.zh)的\(figure.indicator.name.zh)\(figure.period.label.zh)已有数据（\(had)）；如需更正请注明原因",
                en: "\(unit.en) already has a figure for \(figure.indicator.name.en) in \(figure.period.label.en) (\(had)); mark it a correction with a reason")))
        }
        problems += monotonyProblems(figure, existing: existing)
        return problems
    }

    /// Whether `figure` says what the figure in force for its period says (value, growth and
    /// source), as an export of it does: reading the export back must neither record it twice
    /// nor be refused as a second figure without a correction reason.
    public static func repeats(_ figure: RegionalFigure, inForce: RegionalFigure) -> Bool {
        figure.key == inForce.key && figure.value == inForce.value && figure.growthPercent == inForce.growthPercent
            && figure.citation == inForce.citation
    }

    /// Checks `items` in order, each against the figures in force and the ones accepted before
    /// it in the same list (so a file cannot hold two figures for one period unless the second is
    /// a correction): the figures that pass, in order, every problem with its row, and how many
    /// items only repeated the figure in force (`repeats`) and were left out. Repeats are left
    /// out only with `leavingRepeats` (a file, which may be an export read back); a figure typed in
    /// again by hand is refused as a second one, so the person typing learns it is there.
    public static func screen(_ items: [(row: Int, figure: RegionalFigure)], knownUnits: Set<String>, units: Units = .prefecture,
                              today: LocalDate, existing: [RegionalFigure.Key: RegionalFigure], names: [String: BilingualText] = [:],
                              leavingRepeats: Bool = false)
        -> (accepted: [RegionalFigure], issues: [LocatedIssue], unchanged: Int) {
        var current = existing
        var accepted: [RegionalFigure] = []
        var issues: [LocatedIssue] = []
        var unchanged = 0
        for item in items {
            if leavingRepeats, let inForce = current[item.figure.key], repeats(item.figure, inForce: inForce) {
                unchanged += 1
                continue
            }
            let problems = problems(item.figure, knownUnits: knownUnits, units: units, today: today, existing: current, names: names)
            issues += problems.map { LocatedIssue(row: item.row, column: $0.field, reason: $0.reason) }
            if problems.isEmpty {
                current[item.figure.key] = item.figure
                accepted.append(item.figure)
            }
        }
        return (accepted, issues, unchanged)
    }

    /// Why a figure entered one at a time (a form, the API) lacks a usable source: a publisher
    /// is required, as in a file, and every text is held to its length.
    public static func sourceProblems(_ figure: RegionalFigure) -> [Problem] {
        var problems: [Problem] = []
        let citation = figure.citation
        if (citation?.publisher.trimmingCharacters(in: .whitespaces) ?? "").isEmpty {
            problems.append(Problem(field: "publisher", reason: BilingualText(
                zh: "请填写发布机构：没有来源的数据不录入", en: "name the publisher: a figure without a source is not recorded")))
        }
        let texts: [(String, String?, Int)] = [("publisher", citation?.publisher, sourceTextLength), ("title", citation?.title, sourceTextLength),
                                               ("date", citation?.date, sourceTextLength), ("address", citation?.address, addressLength),
                                               ("correction_reason", figure.correctionReason, correctionReasonLength)]
        for (field, text, limit) in texts where FieldLimits.length(of: text ?? "") > limit {
            problems.append(Problem(field: field, reason: BilingualText(zh: "不超过 \(limit) 个字", en: "at most \(limit) characters")))
        }
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
