/// The registrations and IPO status of a generated firm: joint-stock conversion among the larger
/// enterprises, and a few of those in the IPO pipeline.
enum DemoLadder {
    static func draw(_ profile: DemoFirmProfile, seed: UInt64, index: Int) -> (LadderHistory, ListingStatus?) {
        var rng = SplitMix64(seed: seed, index: UInt64(index), stream: 3)
        var history = LadderHistory(
            individualSince: profile.beganAsSoleTrader ? profile.startYear : nil, companySince: profile.companySince)
        guard let companySince = profile.companySince else { return (history, nil) }
        let lastYear = DemoCounty.years.upperBound
        let revenue = profile.baseRevenueWan
        let jointStockChance = revenue >= 10_000 ? 0.25 : revenue >= 5000 ? 0.06 : 0.004
        let earliestConversion = max(companySince + 2, 2005)
        guard earliestConversion <= lastYear, rng.chance(jointStockChance) else { return (history, nil) }
        let converted = rng.integer(earliestConversion...lastYear)
        history.jointStockSince = converted

        let roll = rng.unit()
        let big = revenue >= 20_000
        let listedShare = big ? 0.12 : 0.0
        let appliedShare = big ? 0.06 : 0.02
        let tutoringShare = big ? 0.10 : 0.03
        if roll < listedShare, converted + 2 <= lastYear {
            let year = rng.integer((converted + 2)...lastYear)
            history.listedSince = year
            // No securities code: none is known for a generated firm, and an invented one would be
            // shown as if an exchange had assigned it. The pages say the code is not recorded.
            return (history, .listed(since: year, ticker: nil))
        }
        if roll < listedShare + appliedShare, converted + 1 <= lastYear {
            return (history, .applied(since: rng.integer(max(converted + 1, 2023)...lastYear)))
        }
        if roll < listedShare + appliedShare + tutoringShare {
            return (history, .tutoring(since: rng.integer(max(converted, 2022)...lastYear)))
        }
        return (history, nil)
    }
}
