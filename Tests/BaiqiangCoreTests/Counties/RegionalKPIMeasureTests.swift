import Testing
@testable import BaiqiangCore

@Suite("Plan ranks and shares read from the regional series")
struct RegionalKPIMeasureTests {
    static let units: Set<String> = ["a", "b", "c"]
    static let today = LocalDate(year: 2024, month: 6, day: 1)!
    static let year = StatisticalPeriod(year: 2023)!

    static func figure(_ unit: String, _ indicator: RegionalIndicator = .taxRevenue, period: StatisticalPeriod = year,
                       value: Double? = nil, growth: Double? = nil) -> RegionalFigure {
        RegionalFigure(unitCode: unit, indicator: indicator, period: period, value: value, growthPercent: growth)
    }

    @Test("A county tied for first with another reads rank 1, and the next one 3")
    func tiesShared() {
        let figures = [Self.figure("a", growth: 9), Self.figure("b", growth: 9), Self.figure("c", growth: 2)]
        let measure = RegionalKPIMeasure.rank(.taxRevenue, by: .growth)
        #expect(measure.readings(unit: "b", units: Self.units, figures: figures, today: Self.today).map(\.value) == [1])
        #expect(measure.readings(unit: "c", units: Self.units, figures: figures, today: Self.today).map(\.value) == [3])
    }

    @Test("A period in which one unit's figure is missing gives no rank, not the rank among the others")
    func missingUnitGivesNoRank() {
        let may = StatisticalPeriod(year: 2023, throughMonth: 5)!
        let figures = [Self.figure("a", growth: 9), Self.figure("b", growth: 3), Self.figure("c", growth: 2),
                       Self.figure("a", period: may, growth: 1), Self.figure("b", period: may, growth: 4)]
        let readings = RegionalKPIMeasure.rank(.taxRevenue, by: .growth).readings(unit: "b", units: Self.units, figures: figures, today: Self.today)
        #expect(readings == [RegionalKPIMeasure.Reading(period: Self.year, value: 2)])
    }

    @Test("No figures at all, or only the county's own, give no value rather than rank 1")
    func emptyPeriodHasNoValue() {
        let measure = RegionalKPIMeasure.rank(.foreignInvestmentUsed, by: .value)
        #expect(measure.readings(unit: "a", units: Self.units, figures: [], today: Self.today).isEmpty)
        #expect(measure.readings(unit: "a", units: Self.units, figures: [Self.figure("a", .foreignInvestmentUsed, value: 5)], today: Self.today).isEmpty)
    }

    @Test("By value and by growth read different numbers; a period not yet over is left out")
    func valueOrGrowthAndPeriodOver() {
        let current = StatisticalPeriod(year: 2024, throughMonth: 6)!
        let figures = [Self.figure("a", value: 10, growth: 1), Self.figure("b", value: 30, growth: 2), Self.figure("c", value: 20, growth: 3),
                       Self.figure("a", period: current, value: 99, growth: 99), Self.figure("b", period: current, value: 1, growth: 1),
                       Self.figure("c", period: current, value: 1, growth: 1)]
        #expect(RegionalKPIMeasure.rank(.taxRevenue, by: .value).readings(unit: "a", units: Self.units, figures: figures, today: Self.today).map(\.value) == [3])
        #expect(RegionalKPIMeasure.rank(.taxRevenue, by: .growth).readings(unit: "a", units: Self.units, figures: figures, today: Self.today).map(\.value) == [3])
        #expect(RegionalKPIMeasure.rank(.taxRevenue, by: .growth).readings(unit: "c", units: Self.units, figures: figures, today: Self.today).map(\.value) == [1])
    }

    @Test("A share is of the published total, or of every unit's sum; with a unit missing and no total, none")
    func shares() {
        let measure = RegionalKPIMeasure.share(.fourAboveNetIncrease)
        let all = [Self.figure("a", .fourAboveNetIncrease, value: 54), Self.figure("b", .fourAboveNetIncrease, value: 60),
                   Self.figure("c", .fourAboveNetIncrease, value: 48)]
        #expect(measure.readings(unit: "a", units: Self.units, figures: all, today: Self.today).map(\.value) == [33.3])
        #expect(measure.readings(unit: "a", units: Self.units, figures: Array(all.prefix(2)), today: Self.today).isEmpty)
        #expect(measure.readings(unit: "a", units: Self.units, figures: Array(all.prefix(2)), today: Self.today) { _ in 216 }.map(\.value) == [25])
    }

    @Test("Every measure has its own provider key, and the plan's rank KPIs name existing ones")
    func keys() throws {
        let keys = RegionalKPIMeasure.all.map(\.providerKey)
        #expect(Set(keys).count == keys.count)
        let plan = try DefaultPlan.load(now: PlanDate(year: 2026, month: 1, day: 1)!)
        let named = plan.allKPIs.compactMap(\.provider).filter { $0.hasPrefix(RegionalKPIMeasure.keyPrefix) }
        #expect(named.count == 5)
        #expect(named.allSatisfy(keys.contains))
    }
}
