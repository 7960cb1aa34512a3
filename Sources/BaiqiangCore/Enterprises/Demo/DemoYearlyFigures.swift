import Foundation

/// A generated firm's yearly figures, 2021–2025, each derived from its revenue by the industry's
/// ratios with firm-level and yearly noise, so magnitudes stay consistent with one another.
enum DemoYearlyFigures {
    /// Tonnes of standard coal per 万kWh at the calorific equivalent (0.1229 kgce/kWh).
    static let tcePerWanKWh = 1.229
    /// Main pollutant emissions per tce for the average firm, chosen so that the county's value
    /// added per tonne sits near the 2022 benchmark of DOMAIN.md §2 (≈ 4930万元/t).
    static let emissionPerTce = 0.00055
    /// Revenue never passes this ceiling (90亿元): the demo must not invent a 百亿 firm.
    static let revenueCeilingWan = 900_000.0
    /// Share of firms that stay in the above-scale directory for a year after slipping to
    /// 1800–2000万, and of new plants that enter it only the year after reaching the line:
    /// the deliberate exceptions to "above scale ⇔ revenue ≥ 2000万".
    static let retainedAfterSlipChance = 0.5
    static let delayedEntryChance = 0.4

    static func draw(
        _ profile: DemoFirmProfile, designations: [Designation], history: LadderHistory,
        creditCode: String, seed: UInt64, index: Int
    ) -> [EnterpriseYearFigures] {
        var rng = SplitMix64(seed: seed, index: UInt64(index), stream: 4)
        let industry = profile.industry
        let highTechYear = designations.first { $0.kind == .highTech }?.year
        var result: [EnterpriseYearFigures] = []
        var previousAboveScale = false
        for year in DemoCounty.years where year >= profile.startYear {
            let shock = 0.14 * rng.normal()
            var level = profile.baseRevenueWan * Foundation.exp(profile.trend * Double(year - 2023) + shock)
            if year == profile.startYear {
                // Opened part-way through the year, and still ramping up.
                level *= Double(13 - profile.startMonth) / 12 * 0.6
            } else if year == profile.startYear + 1 {
                level *= 0.85
            }
            let revenue = hundredths(softCap(level))
            let output = hundredths(revenue * rng.uniform(0.93...1.07))
            let valueAdded = hundredths(output * industry.valueAddedRatio * rng.noise(0.1))
            // New firms pay less: input VAT on equipment and start-up incentives.
            let taxRate = industry.taxRate * (year == profile.startYear ? 0.5 : 1)
            let tax = hundredths(revenue * taxRate * rng.noise(0.3))
            let energy = hundredths(output * industry.energyPerOutput * profile.energyFactor * rng.noise(0.08))
            let electricity = hundredths(energy * industry.electricityShare / tcePerWanKWh)
            let emission = (energy * emissionPerTce * industry.emissionFactor * profile.emissionFactor * 1000).rounded() / 1000
            var research = profile.doesResearch ? revenue * industry.rdIntensity * profile.researchFactor * rng.noise(0.1) : 0
            if let recognised = highTechYear, year >= recognised - 1 {
                // A high-tech enterprise must spend 5% / 4% / 3% of revenue on R&D by size band.
                research = max(research, revenue * requiredResearchShare(revenue: revenue) * 1.05)
            }
            let staff = max(3, Int((valueAdded / industry.valueAddedPerStaff * rng.noise(0.15)).rounded()))
            let land = profile.landMu
            let isCompany = history.isCompany(atEndOf: year)
            var aboveScale = isCompany && revenue >= 2000
            if isCompany, revenue < 2000, revenue >= 1800, previousAboveScale, rng.chance(retainedAfterSlipChance) {
                aboveScale = true
            } else if aboveScale, year == profile.startYear, rng.chance(delayedEntryChance) {
                aboveScale = false
            }
            previousAboveScale = aboveScale
            result.append(EnterpriseYearFigures(creditCode: creditCode, year: year, aboveScale: aboveScale, figures: [
                .revenueWan: revenue, .outputWan: output, .valueAddedWan: valueAdded, .taxWan: tax,
                .electricityWkwh: electricity, .energyTce: energy, .emissionT: emission, .rdWan: hundredths(research),
                .staff: Double(staff), .landMu: land,
            ]))
        }
        return result
    }

    /// 高新技术企业认定管理办法 (2016): R&D ≥ 5% of revenue under 5000万, 4% up to 2亿, 3% above.
    static func requiredResearchShare(revenue: Double) -> Double {
        revenue < 5000 ? 0.05 : revenue <= 20_000 ? 0.04 : 0.03
    }

    /// Bends revenue smoothly below the ceiling: unchanged up to half of it, then approaching it.
    static func softCap(_ revenue: Double) -> Double {
        let knee = revenueCeilingWan / 2
        guard revenue > knee else { return revenue }
        return knee + knee * (1 - Foundation.exp(-(revenue - knee) / knee))
    }

    /// Rounded to 0.01, the precision figures are stated in.
    static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
