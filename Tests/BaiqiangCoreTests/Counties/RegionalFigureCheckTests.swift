import Testing
@testable import BaiqiangCore

@Suite("Regional figures are checked before they are stored")
struct RegionalFigureCheckTests {
    static let units: Set<String> = ["440784", "440705"]
    static let today = LocalDate(iso: "2026-12-02")!

    static func figure(_ period: String = "2023", value: Double? = 100, growth: Double? = 5, unit: String = "440784",
                       indicator: RegionalIndicator = .gdp, correction: String? = nil) -> RegionalFigure {
        RegionalFigure(unitCode: unit, indicator: indicator, period: StatisticalPeriod(text: period)!, value: value,
                       growthPercent: growth, correctionReason: correction)
    }

    static func fields(_ figure: RegionalFigure, existing: [RegionalFigure] = []) -> [String] {
        RegionalFigureCheck.problems(figure, knownUnits: units, today: today,
                                     existing: Dictionary(uniqueKeysWithValues: existing.map { ($0.key, $0) })).map(\.field)
    }

    @Test("A growth rate of exactly −100% or 1000% is accepted; beyond either is refused")
    func growthBounds() {
        #expect(Self.fields(Self.figure(growth: -100)).isEmpty)
        #expect(Self.fields(Self.figure(growth: 1000)).isEmpty)
        #expect(Self.fields(Self.figure(growth: -100.01)) == ["growth"])
        #expect(Self.fields(Self.figure(growth: 1000.01)) == ["growth"])
        #expect(Self.fields(Self.figure(growth: .nan)) == ["growth"])
    }

    @Test("An unknown unit, a negative GDP and a figure with neither value nor growth are refused")
    func unitsAndValues() {
        #expect(Self.fields(Self.figure(unit: "999999")) == ["unit"])
        #expect(Self.fields(Self.figure(value: -5)) == ["value"])
        #expect(Self.fields(Self.figure(value: -5, indicator: .fourAboveNetIncrease)).isEmpty)
        #expect(Self.fields(Self.figure(value: nil, growth: nil)) == ["value"])
        #expect(Self.fields(Self.figure(value: nil, growth: 3)).isEmpty)
    }

    @Test("A period not over yet is refused: November 2026 is over on 2 December, December is not")
    func futurePeriod() {
        #expect(Self.fields(Self.figure("2026-11")).isEmpty)
        #expect(Self.fields(Self.figure("2026-12")) == ["period"])
        #expect(Self.fields(Self.figure("2026")) == ["period"])
    }

    @Test("A second figure for the same unit, indicator and period needs a correction reason")
    func duplicates() {
        let first = Self.figure()
        #expect(Self.fields(Self.figure(value: 101), existing: [first]) == ["period"])
        #expect(Self.fields(Self.figure(value: 101, correction: ""), existing: [first]) == ["period"])
        #expect(Self.fields(Self.figure(value: 101, correction: "统计局修订"), existing: [first]).isEmpty)
        #expect(Self.fields(Self.figure(unit: "440705"), existing: [first]).isEmpty)
    }

    @Test("A cumulative month may equal the month before but not fall below it, nor rise above a later one")
    func cumulative() {
        let april = Self.figure("2024-04", value: 80)
        let june = Self.figure("2024-06", value: 120)
        #expect(Self.fields(Self.figure("2024-05", value: 80), existing: [april, june]).isEmpty)
        #expect(Self.fields(Self.figure("2024-05", value: 79.9), existing: [april, june]) == ["value"])
        #expect(Self.fields(Self.figure("2024-05", value: 120.1), existing: [april, june]) == ["value"])
        #expect(Self.fields(Self.figure("2025-01", value: 10), existing: [june]).isEmpty)
        // A stock of firms may fall from one month to the next.
        let firms = Self.figure("2024-04", value: 300, indicator: .fourAboveFirms)
        #expect(Self.fields(Self.figure("2024-05", value: 290, indicator: .fourAboveFirms), existing: [firms]).isEmpty)
    }

    @Test("Periods read as written in bulletins and templates; a month 13 or a short year is not one")
    func periods() {
        #expect(StatisticalPeriod(text: "2023")?.isWholeYear == true)
        #expect(StatisticalPeriod(text: "2023-12") == StatisticalPeriod(text: "2023"))
        #expect(StatisticalPeriod(text: "2024-05")?.label.zh == "2024年1–5月")
        #expect(StatisticalPeriod(text: "2024-13") == nil)
        #expect(StatisticalPeriod(text: "24-05") == nil)
        #expect(StatisticalPeriod(text: "2024-5") == nil)
    }

    @Test("Indicators read by code or by either name")
    func indicatorLabels() {
        #expect(RegionalIndicator(label: "规上工业增加值") == .industrialValueAdded)
        #expect(RegionalIndicator(label: "gdp") == .gdp)
        #expect(RegionalIndicator(label: "Tax revenue") == .taxRevenue)
        #expect(RegionalIndicator(label: "产值") == nil)
    }
}
