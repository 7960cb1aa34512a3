/// Splits a year's figures into months that add up exactly: amounts are handled as whole
/// hundredths (0.01万元 = 100 yuan, 0.01万kWh = 100 kWh), shared out by weight with the
/// remainder going to the months with the largest fractions.
enum DemoMonthlySplit {
    static func months(of year: EnterpriseYearFigures, seed: UInt64, firstMonth: Int = 1) -> [EnterpriseMonthFigures] {
        var rng = SplitMix64(seed: seed, index: UInt64(year.year), stream: 0x4D4F)
        let seasonal = DemoSeasonality.shares(of: year.year)
        // Months before the firm opened carry nothing.
        let activity = (1...12).map { month in month < firstMonth ? 0 : seasonal[month - 1] * rng.noise(0.08) }
        // Corporate income tax is prepaid in the month after each quarter.
        let taxWeights = activity.enumerated().map { [1, 4, 7, 10].contains($0.offset + 1) ? $0.element * 1.6 : $0.element }
        // Summer cooling raises electricity use.
        let electricityWeights = activity.enumerated().map { (6...9).contains($0.offset + 1) ? $0.element * 1.1 : $0.element }
        let revenue = split(year[.revenueWan] ?? 0, by: activity)
        let output = split(year[.outputWan] ?? 0, by: activity)
        let tax = split(year[.taxWan] ?? 0, by: taxWeights)
        let electricity = split(year[.electricityWkwh] ?? 0, by: electricityWeights)
        return (0..<12).map { m in
            EnterpriseMonthFigures(
                creditCode: year.creditCode, year: year.year, month: m + 1,
                revenueWan: revenue[m], outputWan: output[m], taxWan: tax[m], electricityWanKWh: electricity[m])
        }
    }

    /// `total` (to 0.01) shared by `weights` into values (to 0.01) whose sum is `total`.
    static func split(_ total: Double, by weights: [Double]) -> [Double] {
        let hundredths = Int64((total * 100).rounded())
        let weightSum = weights.reduce(0, +)
        guard hundredths > 0, weightSum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(hundredths) * $0 / weightSum }
        var parts = exact.map { Int64($0.rounded(.down)) }
        var left = hundredths - parts.reduce(0, +)
        let byFraction = exact.indices.sorted { (exact[$0] - Double(parts[$0]), $1) > (exact[$1] - Double(parts[$1]), $0) }
        var next = 0
        while left > 0 {
            parts[byFraction[next % byFraction.count]] += 1
            left -= 1
            next += 1
        }
        return parts.map { Double($0) / 100 }
    }
}
