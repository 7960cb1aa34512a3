import BaiqiangCore

/// The prefecture's county-level units side by side for one indicator and period: value and
/// growth with their ranks, the share of the prefecture, and each unit's yearly history.
enum CountiesComparisonPage {
    enum Sort: String, CaseIterable {
        case value, growth, name
    }

    struct Model {
        var prefecture: PrefectureProfile
        var ownUnit: String
        var indicator: RegionalIndicator
        var period: StatisticalPeriod?
        /// Periods with any figure of the indicator, newest first.
        var periods: [StatisticalPeriod]
        var sort: Sort
        var rows: [Row]
        var prefectureTotal: PrefectureProfile.Figure?
        /// Whether the account may record a figure (the form is shown only then).
        var canRecord = false
        /// A refused entry: the message and what was typed, shown again.
        var entryError: String?
        var entry = EntryForm()
    }

    /// A figure typed in by hand, as posted.
    struct EntryForm: Codable, Sendable {
        var unit: String = ""
        var indicator: String = ""
        var period: String = ""
        var value: String = ""
        var growth: String = ""
        var publisher: String = ""
        var title: String = ""
        var date: String = ""
        var address: String = ""
        var readFromCopy: String?
        var correctionReason: String = ""

        enum CodingKeys: String, CodingKey {
            case unit, indicator, period, value, growth, publisher, title, date, address
            case readFromCopy = "read_from_copy", correctionReason = "correction_reason"
        }

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
            unit = try text(.unit)
            indicator = try text(.indicator)
            period = try text(.period)
            value = try text(.value)
            growth = try text(.growth)
            publisher = try text(.publisher)
            title = try text(.title)
            date = try text(.date)
            address = try text(.address)
            readFromCopy = try container.decodeIfPresent(String.self, forKey: .readFromCopy)
            correctionReason = try text(.correctionReason)
        }

        /// The figure typed in, or why it cannot be one (a number that is not one, a field too long).
        func figure() -> Result<RegionalFigure, EntryProblem> {
            let fields = [unit, indicator, period, publisher, title, date]
            guard fields.allSatisfy({ $0.count <= RegionalFigureCheck.sourceTextLength }),
                  correctionReason.count <= RegionalFigureCheck.correctionReasonLength, address.count <= RegionalFigureCheck.addressLength, value.count <= 40, growth.count <= 40 else {
                return .failure(EntryProblem(BilingualText(zh: "有字段过长", en: "A field is too long")))
            }
            guard let indicator = RegionalIndicator(rawValue: indicator) else {
                return .failure(EntryProblem(BilingualText(zh: "请选择指标", en: "Choose an indicator")))
            }
            guard let period = StatisticalPeriod(text: period) else {
                return .failure(EntryProblem(BilingualText(zh: "期间应写作 2023 或 2024-05", en: "Write the period as 2023 or 2024-05")))
            }
            func number(_ text: String) -> Double?? {
                let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
                return trimmed.isEmpty ? .some(nil) : Double(trimmed).map { .some($0) }
            }
            guard let value = number(value), let growth = number(growth) else {
                return .failure(EntryProblem(BilingualText(zh: "数值和增速须为数字", en: "The value and the growth must be numbers")))
            }
            let publisher = publisher.trimmingCharacters(in: .whitespaces)
            guard !publisher.isEmpty else {
                return .failure(EntryProblem(BilingualText(zh: "请填写发布机构：没有来源的数据不录入", en: "Name the publisher: a figure without a source is not recorded")))
            }
            func optional(_ text: String) -> String? { text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text }
            return .success(RegionalFigure(
                unitCode: unit, indicator: indicator, period: period, value: value, growthPercent: growth,
                citation: Citation(publisher: publisher, title: optional(title), date: optional(date), address: optional(address),
                                   readFromCopy: readFromCopy != nil),
                correctionReason: optional(correctionReason)))
        }
    }

    struct EntryProblem: Error {
        var message: BilingualText
        init(_ message: BilingualText) { self.message = message }
    }

    struct Row {
        var unit: PrefectureProfile.Unit
        var figure: RegionalFigure?
        var valueRank: RegionalRanking.Rank?
        var growthRank: RegionalRanking.Rank?
        var share: Double?
        /// Whole-year values, oldest first, for the sparkline.
        var history: [Double]
    }

    /// The whole year most units have a value for, the newest of equals: a year one unit has
    /// reported so far would rank it first of one.
    static func defaultPeriod(_ figures: [RegionalFigure]) -> StatisticalPeriod? {
        let counts = Dictionary(grouping: figures.filter { $0.value != nil }, by: \.period).mapValues(\.count)
        let years = counts.filter { $0.key.isWholeYear }
        return (years.isEmpty ? counts : years).max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// Builds the rows from the indicator's current figures, by Core's ranking.
    static func model(prefecture: PrefectureProfile, ownUnit: String, indicator: RegionalIndicator, period requested: StatisticalPeriod?,
                      sort: Sort, figures: [RegionalFigure]) -> Model {
        let periods = Array(Set(figures.map(\.period))).sorted(by: >)
        let period = requested ?? defaultPeriod(figures)
        let inPeriod = figures.filter { $0.period == period }
        let byValue = Dictionary(RegionalRanking.ranks(inPeriod, by: .value).map { ($0.unitCode, $0) }, uniquingKeysWith: { a, _ in a })
        let byGrowth = Dictionary(RegionalRanking.ranks(inPeriod, by: .growth).map { ($0.unitCode, $0) }, uniquingKeysWith: { a, _ in a })
        let total = period.flatMap { prefecture.total(indicator, $0) }
        var rows = prefecture.units.map { unit in
            Row(unit: unit, figure: inPeriod.first { $0.unitCode == unit.code }, valueRank: byValue[unit.code],
                growthRank: byGrowth[unit.code],
                share: RegionalRanking.share(of: unit.code, in: inPeriod, prefectureTotal: total?.value, unitCount: prefecture.units.count),
                history: figures.filter { $0.unitCode == unit.code && $0.period.isWholeYear }.sorted { $0.period < $1.period }
                    .compactMap(\.value))
        }
        rows.sort { a, b in
            switch sort {
            case .name: return a.unit.code < b.unit.code
            case .value: return (a.valueRank?.rank ?? .max, a.unit.code) < (b.valueRank?.rank ?? .max, b.unit.code)
            case .growth: return (a.growthRank?.rank ?? .max, a.unit.code) < (b.growthRank?.rank ?? .max, b.unit.code)
            }
        }
        return Model(prefecture: prefecture, ownUnit: ownUnit, indicator: indicator, period: period, periods: periods, sort: sort,
                     rows: rows, prefectureTotal: total)
    }
}
