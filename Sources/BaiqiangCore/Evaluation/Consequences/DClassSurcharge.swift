/// The electricity surcharge on D-class firms (差别电价), by consecutive D years: +0.05 yuan/kWh
/// in the first D year, +0.10 in the second and +0.15 from the third on
/// (Shandong 鲁发改价格〔2022〕56号; DOMAIN.md §2).
public enum DClassSurcharge {
    public static let tiers: [Double] = [0.05, 0.10, 0.15]

    /// The surcharge in yuan per kWh for a firm that is D for `consecutiveYears` years running;
    /// nil when it is not D.
    public static func yuanPerKWh(consecutiveYears: Int) -> Double? {
        guard consecutiveYears > 0 else { return nil }
        return tiers[min(consecutiveYears, tiers.count) - 1]
    }

    /// How many years running, back from `year`, a firm was classed D: a year without a result
    /// (not evaluated) ends the run, as does any other class.
    public static func consecutiveDYears(classesByYear: [Int: EvaluationClass], endingAt year: Int) -> Int {
        var count = 0
        var current = year
        while classesByYear[current] == .d {
            count += 1
            current -= 1
        }
        return count
    }
}
