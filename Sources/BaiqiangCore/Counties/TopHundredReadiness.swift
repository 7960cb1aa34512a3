import Foundation

/// How far a county is from a threshold it compares itself with (for the top-100 lists, which
/// publish no entry line, a reference county's figure or a list's stated entry condition), and the
/// yearly growth that would close the gap by a chosen year.
public enum TopHundredReadiness {
    public struct Gap: Sendable, Hashable {
        public var current: Double
        public var currentYear: Int
        public var threshold: Double
        public var targetYear: Int
        /// `threshold − current`; zero or less when already there.
        public var shortfall: Double
        /// The constant yearly growth (percent) from `current` that reaches `threshold` in
        /// `targetYear`; nil when already reached or when no year is left to grow in.
        public var neededGrowthPercent: Double?
        /// The needed path, one value a year from `currentYear` to `targetYear`, for the chart.
        public var path: [YearValue]

        public var isReached: Bool { shortfall <= 0 }
    }

    public struct YearValue: Sendable, Hashable {
        public var year: Int
        public var value: Double

        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// The gap from `current` (a year's figure) to `threshold` by `targetYear`; nil when the
    /// inputs cannot describe one (no positive current value, a target year before the figure's).
    public static func gap(current: Double, currentYear: Int, threshold: Double, targetYear: Int) -> Gap? {
        guard current > 0, current.isFinite, threshold.isFinite, threshold > 0, targetYear >= currentYear else { return nil }
        let shortfall = threshold - current
        let years = targetYear - currentYear
        let needed: Double? = shortfall > 0 && years > 0 ? (pow(threshold / current, 1 / Double(years)) - 1) * 100 : nil
        let rate = (needed ?? 0) / 100
        let path = (0...years).map { step in YearValue(year: currentYear + step, value: current * pow(1 + rate, Double(step))) }
        return Gap(current: current, currentYear: currentYear, threshold: threshold, targetYear: targetYear,
                   shortfall: shortfall, neededGrowthPercent: needed, path: shortfall > 0 ? path : [])
    }
}
