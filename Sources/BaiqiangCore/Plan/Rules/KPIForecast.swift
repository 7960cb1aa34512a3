/// The forecast (预测) of a KPI at its deadline: a least-squares straight line through the
/// observations of the 24 months before `now`, evaluated at the deadline.
///
/// The window starts on the day 24 calendar months before `now` (that day included) and ends on
/// `now` (included). The line needs at least two observations on two different days; otherwise
/// the forecast says so instead of guessing.
public enum KPIForecast: Sendable, Hashable {
    case projected(value: Double, at: PlanDate, basedOn: Int)
    case insufficientData(observations: Int)

    public static let windowMonths = 24

    public static func make(observations: [KPIObservation], deadline: PlanDate, now: PlanDate) -> KPIForecast {
        let windowStart = now.adding(months: -windowMonths)
        let points = observations.filter { $0.date >= windowStart && $0.date <= now }
        guard points.count >= 2, Set(points.map(\.date)).count >= 2 else {
            return .insufficientData(observations: points.count)
        }
        // Days counted from the window start keep the numbers small, so the sums stay exact enough.
        let xs = points.map { Double(windowStart.days(until: $0.date)) }
        let ys = points.map(\.value)
        let n = Double(points.count)
        let meanX = xs.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
        }
        let slope = sxy / sxx
        let atDeadline = meanY + slope * (Double(windowStart.days(until: deadline)) - meanX)
        return .projected(value: atDeadline, at: deadline, basedOn: points.count)
    }

    /// The forecast value, if there is one.
    public var value: Double? {
        if case let .projected(value, _, _) = self { return value }
        return nil
    }
}
