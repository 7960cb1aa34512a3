import Foundation

/// Which titles a generated firm holds. Rarity follows the pyramid of the real titles: many
/// high-tech enterprises, fewer innovative SMEs, fewer specialised SMEs, a handful of little
/// giants and single champions. Bigger firms and firms in the strategic sectors are likelier.
enum DemoDesignations {
    /// SMEs in industry have revenue under 4亿元 (工信部联企业〔2011〕300号); the SME titles
    /// go to SMEs only.
    static let smeRevenueCeilingWan = 40_000.0

    static func draw(_ profile: DemoFirmProfile, seed: UInt64, index: Int) -> [Designation] {
        var rng = SplitMix64(seed: seed, index: UInt64(index), stream: 2)
        guard let companySince = profile.companySince else { return [] }
        // A title needs at least a year of operation as an enterprise.
        let earliest = max(companySince, profile.startYear) + 1
        let lastYear = DemoCounty.years.upperBound
        guard earliest <= lastYear else { return [] }
        let z = profile.sizeScore
        let strategic = profile.industry.sector.isStrategic ? 1.0 : 0.0
        let isSME = profile.baseRevenueWan < smeRevenueCeilingWan
        var result: [Designation] = []

        func year(from start: Int) -> Int? {
            let from = max(start, earliest)
            return from <= lastYear ? rng.integer(from...lastYear) : nil
        }

        // 高新技术企业: recognition is valid three years; the year is the latest (re)recognition.
        if rng.chance(logistic(-2.0 + 0.8 * z + 1.0 * strategic)), let y = year(from: 2019) {
            result.append(Designation(kind: .highTech, year: y))
        }
        // The SME ladder (创新型 → 专精特新 → 小巨人) began with MIIT's 2022 scheme.
        if isSME, rng.chance(logistic(-2.6 + 0.6 * z + 0.9 * strategic)), let innovative = year(from: 2022) {
            result.append(Designation(kind: .innovativeSME, year: innovative))
            if rng.chance(0.35), let specialised = year(from: innovative) {
                result.append(Designation(kind: .specialisedSME, year: specialised))
                if z > 0.3, rng.chance(0.25), let giant = year(from: specialised + 1) {
                    result.append(Designation(kind: .littleGiant, year: giant))
                }
            }
        }
        // 单项冠军: a leader of one product nationally; only among the largest firms.
        if z > 1.8, rng.chance(0.015), let champion = year(from: max(2016, profile.startYear + 5)) {
            result.append(Designation(kind: .singleChampion, year: champion))
        }
        return result
    }

    private static func logistic(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }
}
