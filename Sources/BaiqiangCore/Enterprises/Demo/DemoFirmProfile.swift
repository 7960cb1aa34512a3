import Foundation

/// The hidden traits of one generated firm, drawn once from its own random stream; everything
/// shown (figures, designations, ladder) follows from them.
struct DemoFirmProfile: Sendable {
    let industry: DemoIndustry
    let town: DemoTown
    let startYear: Int
    let startMonth: Int
    /// Standardised size: how many log-spreads the firm sits above the county median.
    let sizeScore: Double
    /// Revenue at the 2023 level, 万元, before ramp-up and yearly noise.
    let baseRevenueWan: Double
    /// Yearly growth trend (log scale).
    let trend: Double
    /// Began as a sole trader (个体工商户).
    let beganAsSoleTrader: Bool
    /// Year it became an enterprise; nil while still a sole trader.
    let companySince: Int?
    /// Persistent firm-level factors on the industry's ratios.
    let energyFactor: Double
    let emissionFactor: Double
    let researchFactor: Double
    let doesResearch: Bool
    /// Land held at the 2023 level (0 for a firm renting its workshop).
    let landMu: Double

    /// County median revenue at the 2023 level (万元) and its log-spread: with these a default
    /// county of 1,500 firms has roughly half of its firms above the 2000万 line.
    static let medianRevenueWan = 1900.0
    static let sizeSpread = 1.45

    init(county: DemoCounty, index: Int) {
        var rng = SplitMix64(seed: county.seed, index: UInt64(index), stream: 1)
        industry = county.industries[rng.pick(weights: county.industryWeights, total: county.industryWeightTotal)]
        town = county.towns[rng.pick(weights: county.townWeights, total: county.townWeightTotal)]
        // One firm in seven opened during the demo years; the rest over the decades before,
        // more of them recently.
        if rng.chance(0.14) {
            startYear = rng.integer(DemoCounty.years)
        } else {
            startYear = 2020 - Int(35 * Foundation.pow(rng.unit(), 1.5))
        }
        startMonth = rng.integer(1...12)
        beganAsSoleTrader = rng.chance(0.12)
        let score = min(4.5, max(-3.5, rng.normal() - (beganAsSoleTrader ? 1.1 : 0)))
        sizeScore = score
        baseRevenueWan = Self.medianRevenueWan * industry.sizeFactor * Foundation.exp(Self.sizeSpread * score)
        trend = min(0.35, max(-0.25, 0.07 + 0.09 * rng.normal()))
        if beganAsSoleTrader {
            let converted = startYear + rng.integer(1...14)
            companySince = converted <= DemoCounty.years.upperBound ? converted : nil
        } else {
            companySince = startYear
        }
        energyFactor = rng.noise(0.2)
        emissionFactor = rng.noise(0.3)
        researchFactor = rng.noise(0.4)
        doesResearch = rng.chance(score > 0 ? 0.85 : 0.55)
        // Small firms mostly rent (租赁厂房); those that own land hold roughly what their output
        // needs at the industry's output per mu, never under 2 mu.
        let rents = rng.chance(baseRevenueWan < 2000 ? 0.45 : baseRevenueWan < 10_000 ? 0.15 : 0.03)
        let landNeed = baseRevenueWan / industry.outputPerMu * rng.noise(0.35)
        landMu = rents ? 0 : (max(2, landNeed) * 10).rounded() / 10
    }
}
