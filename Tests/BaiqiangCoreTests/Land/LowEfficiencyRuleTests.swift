import Testing
@testable import BaiqiangCore

@Suite("Low-efficiency land rules (低效用地认定规则)")
struct LowEfficiencyRuleTests {
    private let rules: [LowEfficiencyRule]

    init() throws {
        rules = try LowEfficiencyRules.bundled()
    }

    private func fired(_ facts: ParcelFacts, on date: String = "2025-06-30") -> [String] {
        LowEfficiencyEvaluator.findings(facts, rules: rules, on: LocalDate(iso: date)!).map(\.ruleID)
    }

    @Test("The shipped rules each name a source or are marked the county's choice")
    func shipped() {
        #expect(rules.map(\.id) == ["holder_class_d", "tax_per_mu_below", "plot_ratio_below", "idle_one_year",
                                    "idle_two_years", "approved_not_supplied", "standard_land_unmet"])
        #expect(rules.first { $0.id == "tax_per_mu_below" }?.isCountyChoice == true)
        #expect(rules.first { $0.id == "idle_two_years" }?.source?.contains("闲置土地处置办法") == true)
        #expect(rules.first { $0.id == "idle_two_years" }?.consequence?.zh.contains("无偿收回") == true)
    }

    @Test("A parcel with no facts known fires nothing")
    func nothingKnown() {
        #expect(fired(ParcelFacts()).isEmpty)
    }

    @Test("Class D fires; C does not")
    func classD() {
        #expect(fired(ParcelFacts(holderClass: .d)) == ["holder_class_d"])
        #expect(fired(ParcelFacts(holderClass: .c)).isEmpty)
    }

    @Test("Tax per mu fires below the threshold, not at it")
    func taxPerMu() {
        #expect(fired(ParcelFacts(holderTaxPerMuWan: 19.99)) == ["tax_per_mu_below"])
        #expect(fired(ParcelFacts(holderTaxPerMuWan: 20)).isEmpty)
        let finding = LowEfficiencyEvaluator.findings(ParcelFacts(holderTaxPerMuWan: 12.5), rules: rules, on: LocalDate(iso: "2025-01-01")!)
        #expect(finding.first?.detail.zh == "亩均税收 12.5 万元/亩，低于 20 万元/亩")
    }

    @Test("A holder's tax is spread over its parcels by area: 600万 over 30 mu is 20万/mu")
    func taxSpread() {
        let share = ParcelFacts.taxPerMu(holderTaxWan: 600, parcelAreas: [LandArea(mu: 10), LandArea(mu: 20)])
        #expect(abs((share ?? 0) - 20) < 1e-9)
        #expect(ParcelFacts.taxPerMu(holderTaxWan: 600, parcelAreas: []) == nil)
    }

    @Test("Plot ratio fires below 1.0 and below the committed ratio; exactly 1.0 with no commitment does not")
    func plotRatio() {
        #expect(fired(ParcelFacts(plotRatio: 0.99)) == ["plot_ratio_below"])
        #expect(fired(ParcelFacts(plotRatio: 1.0)).isEmpty)
        #expect(fired(ParcelFacts(plotRatio: 1.2, committedPlotRatio: 1.5)) == ["plot_ratio_below"])
        #expect(fired(ParcelFacts(plotRatio: 1.5, committedPlotRatio: 1.5)).isEmpty)
    }

    @Test("Idle land: from the first anniversary of the contracted start, two rules from the second")
    func idle() {
        let facts = ParcelFacts(contractedStart: LocalDate(iso: "2023-03-01"))
        #expect(fired(facts, on: "2024-02-29").isEmpty, "the day before one year")
        #expect(fired(facts, on: "2024-03-01") == ["idle_one_year"], "one full year")
        #expect(fired(facts, on: "2025-02-28") == ["idle_one_year"], "the day before two years")
        #expect(fired(facts, on: "2025-03-01") == ["idle_one_year", "idle_two_years"])
        var started = facts
        started.actualStart = LocalDate(iso: "2024-05-01")
        #expect(fired(started, on: "2024-04-30") == ["idle_one_year"], "not yet started")
        #expect(fired(started, on: "2024-05-01").isEmpty, "started: no longer idle")
    }

    @Test("Approved but not supplied fires after more than two years")
    func approvedNotSupplied() {
        let facts = ParcelFacts(approvedNotSuppliedSince: LocalDate(iso: "2022-06-30"))
        #expect(fired(facts, on: "2024-06-30").isEmpty, "exactly two years")
        #expect(fired(facts, on: "2024-07-01") == ["approved_not_supplied"])
    }

    @Test("Standard land fires when a checked indicator is below its commitment")
    func standardLand() {
        let met = StandardLandCheck(indicator: "亩均税收", committed: 20, actual: 20)
        let unmet = StandardLandCheck(indicator: "投资强度", committed: 300, actual: 250)
        let unchecked = StandardLandCheck(indicator: "容积率", committed: 1.5, actual: nil)
        #expect(fired(ParcelFacts(standardLandChecks: [met, unchecked])).isEmpty)
        #expect(fired(ParcelFacts(standardLandChecks: [met, unmet])) == ["standard_land_unmet"])
    }

    @Test("A rule without a source must be marked the county's choice; bad numbers are refused")
    func refused() {
        let noSource = "rules:\n  - {id: x, name: {zh: 甲, en: X}, test: holder_class_d}\n"
        #expect(throws: LowEfficiencyRuleError.sourceOrCountyChoice("x")) { try LowEfficiencyRules.parse(yaml: noSource) }
        let zeroYears = "rules:\n  - {id: y, name: {zh: 乙, en: Y}, test: idle, years: 0, source: s}\n"
        #expect(throws: LowEfficiencyRuleError.needsPositive(rule: "y", field: "years")) { try LowEfficiencyRules.parse(yaml: zeroYears) }
        let unknown = "rules:\n  - {id: z, name: {zh: 丙, en: Z}, test: nonsense, county_choice: true}\n"
        #expect(throws: LowEfficiencyRuleError.unknownTest(rule: "z", test: "nonsense")) { try LowEfficiencyRules.parse(yaml: unknown) }
    }
}

/// A county's own rules file is bounded: its size, the number of rules and the shape of an id.
@Suite("Land: limits on a county's rules file")
struct LowEfficiencyRuleLimitTests {
    static func rule(_ id: String) -> String {
        "  - id: \(id)\n    name: {zh: 闲置, en: Idle}\n    test: idle\n    years: 1\n    county_choice: true\n"
    }

    @Test("Too large, too many rules, or an id that is not a short code: refused")
    func limits() throws {
        let padding = "# " + String(repeating: "x", count: LowEfficiencyRules.maximumFileBytes) + "\n"
        #expect(throws: LowEfficiencyRuleError.tooLarge(maximumBytes: LowEfficiencyRules.maximumFileBytes)) {
            try LowEfficiencyRules.parse(yaml: padding + "rules:\n" + Self.rule("a"))
        }
        let many = "rules:\n" + (0...LowEfficiencyRules.maximumRules).map { Self.rule("r\($0)") }.joined()
        #expect(throws: LowEfficiencyRuleError.tooMany(maximum: LowEfficiencyRules.maximumRules)) { try LowEfficiencyRules.parse(yaml: many) }
        #expect(throws: LowEfficiencyRuleError.badID("Idle Land")) { try LowEfficiencyRules.parse(yaml: "rules:\n" + Self.rule("Idle Land")) }
        #expect(try LowEfficiencyRules.parse(yaml: "rules:\n" + Self.rule("idle_3")).map(\.id) == ["idle_3"])
        #expect(try LowEfficiencyRules.parse(yaml: "rules: []\n").isEmpty)
    }
}

/// Dates in parcel files and stored rows are read as exactly YYYY-MM-DD.
@Suite("Land: reading ISO dates")
struct LocalDateISOTests {
    @Test("Only YYYY-MM-DD of a real day reads; anything else is nil")
    func iso() {
        #expect(LocalDate(iso: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(iso: "2023-12-31")?.description == "2023-12-31")
        for bad in ["2023-02-29", "2023-2-01", "2023-02-1", "20230201", "2023/02/01", "2023-02-01 ", " 2023-02-01", "2023-13-01",
                    "0000-01-01", "２０２３-02-01", "2023-02-011", ""] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
    }
}
