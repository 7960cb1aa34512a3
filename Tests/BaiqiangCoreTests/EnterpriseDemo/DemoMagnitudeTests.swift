import Testing
@testable import BaiqiangCore

@Suite("Demo county: magnitudes (规模与比例)")
struct DemoMagnitudeTests {
    let rows = DemoFixtures.yearRows

    @Test("Above scale ⇔ revenue ≥ 2000万 in at least 97% of firm-years, with a few deliberate exceptions")
    func aboveScaleMatchesRevenue() {
        let agreeing = rows.filter { $0.aboveScale == ($0[.revenueWan]! >= 2000) }.count
        let share = Double(agreeing) / Double(rows.count)
        // Seed 2022, 1,500 firms: 98.8% agree (86 exceptions in 7,014 firm-years; 99.1–99.2% for
        // seeds 1, 7, 99): 23 firms kept in the directory a year after slipping to 1800–2000万,
        // the rest new plants entering it a year late and sole traders, who are never in it.
        #expect(share >= 0.97)
        #expect(share < 1, "the exceptions are deliberate and should exist")
        let exceptions = rows.filter { $0.aboveScale != ($0[.revenueWan]! >= 2000) }
        #expect(exceptions.filter(\.aboveScale).allSatisfy { $0[.revenueWan]! >= 1800 })
    }

    @Test("A default county has 450–800 above-scale firms in every demo year and more in 2025 than in 2021")
    func aboveScaleCounts() {
        let metric = RegistryMetric.aboveScaleCount
        let counts = DemoCounty.years.map { metric.value(in: $0, of: rows) }
        #expect(counts.allSatisfy { (450...800).contains($0) }, "\(counts)")
        #expect(counts.last! > counts.first!)
    }

    @Test("County totals are in Heshan's ballpark and no 百亿 firm is invented")
    func countyTotals() {
        let last = rows.filter { $0.year == 2025 }
        let revenueYi = last.map { $0[.revenueWan]! }.reduce(0, +) / 10_000
        // Heshan aims at 规上工业总产值 ≥ 1000亿 (DOMAIN.md §5); its 规上 VA was 213亿 in 2023.
        #expect((500...1500).contains(revenueYi))
        let aboveVAYi = last.filter(\.aboveScale).map { $0[.valueAddedWan]! }.reduce(0, +) / 10_000
        #expect((100...300).contains(aboveVAYi))
        #expect(rows.allSatisfy { $0[.revenueWan]! < RegistryMetrics.revenue100YiWan })
        #expect(rows.allSatisfy { $0[.revenueWan]! <= DemoYearlyFigures.revenueCeilingWan })
    }

    @Test("Every firm-year's figures are consistent with one another")
    func ratios() {
        for row in rows where row[.revenueWan]! > 0 {
            #expect(row[.revenueWan]! > 0 && row[.outputWan]! > 0)
            #expect((0.9...1.1).contains(row[.outputWan]! / row[.revenueWan]!))
            #expect((0.08...0.5).contains(row[.valueAddedWan]! / row[.outputWan]!))
            #expect((0.0...0.15).contains(row[.taxWan]! / row[.revenueWan]!))
            #expect(row[.electricityWkwh]! * DemoYearlyFigures.tcePerWanKWh <= row[.energyTce]! * 1.0001 + 0.01)
            #expect(row[.energyTce]! >= 0 && row[.emissionT]! >= 0 && row[.rdWan]! >= 0 && row[.landMu]! >= 0)
            #expect(row[.rdWan]! <= row[.revenueWan]! * 0.2)
            #expect(row[.staff]! >= 3 && row[.staff]! < 20_000)
        }
    }

    @Test("County ratios sit near the per-mu benchmarks of DOMAIN.md §2")
    func benchmarks() {
        let above = rows.filter { $0.year == 2025 && $0.aboveScale }
        func sum(_ figure: YearlyFigure) -> Double { above.map { $0[figure]! }.reduce(0, +) }
        let valueAdded = sum(.valueAddedWan)
        let staff = above.map { $0[.staff]! }.reduce(0, +)
        #expect((2...5).contains(valueAdded / sum(.energyTce)), "VA per tce")          // benchmark 2.694
        #expect((2500...8000).contains(valueAdded / sum(.emissionT)), "VA per tonne")   // benchmark 4929.81
        #expect((10...30).contains(valueAdded / staff), "VA per worker")                // benchmark 18.14
        #expect((60...250).contains(valueAdded / sum(.landMu)), "VA per mu")           // benchmark 136.16
        #expect((10...50).contains(sum(.taxWan) / sum(.landMu)), "tax per mu")        // benchmark 24.097
    }

    @Test("High-tech enterprises meet the R&D share their recognition requires")
    func highTechResearch() {
        for firm in DemoFixtures.generated {
            guard let recognised = firm.designations.first(where: { $0.kind == .highTech })?.year else { continue }
            for row in firm.yearly where row.year >= recognised - 1 && row[.revenueWan]! > 0 {
                #expect(row[.rdWan]! / row[.revenueWan]! >= DemoYearlyFigures.requiredResearchShare(revenue: row[.revenueWan]!) - 0.0001)
            }
        }
    }

    @Test("Designations are rare as in life: small giants and single champions a handful")
    func designationRarity() {
        let firms = DemoFixtures.generated
        func count(_ kind: DesignationKind) -> Int { firms.filter { $0.designations.contains { $0.kind == kind } }.count }
        #expect((100...450).contains(count(.highTech)))
        #expect(count(.innovativeSME) > count(.specialisedSME))
        #expect(count(.specialisedSME) > count(.littleGiant))
        #expect(count(.littleGiant) <= 10)
        #expect(count(.singleChampion) <= 5)
        for firm in firms {
            let years = Dictionary(firm.designations.map { ($0.kind, $0.year) }, uniquingKeysWith: max)
            if let specialised = years[.specialisedSME] { #expect(years[.innovativeSME].map { $0 <= specialised } == true) }
            if let giant = years[.littleGiant] { #expect(years[.specialisedSME].map { $0 < giant } == true) }
            #expect(firm.designations.allSatisfy { (2016...2025).contains($0.year) })
        }
    }

    @Test("Listing: no generated firm gets an invented stock code; listed firms have a listing year; the pipeline is small")
    func listing() {
        let listed = DemoFixtures.generated.filter { $0.listing?.stage == .listed }
        let pipeline = DemoFixtures.generated.filter { $0.listing != nil }
        #expect(pipeline.count <= 30)
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.history.listedSince != nil })
        #expect(pipeline.allSatisfy { $0.listing?.ticker == nil })
        #expect(pipeline.allSatisfy { $0.history.jointStockSince != nil })
    }
}
