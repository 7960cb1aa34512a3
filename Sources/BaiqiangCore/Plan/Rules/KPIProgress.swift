/// Progress (完成进度) of a KPI: how much of the way from baseline to target has been covered.
///
/// `exact` is (latest − baseline) / (target − baseline) and may be below 0 (worse than the
/// baseline) or above 1 (beyond the target); the API reports it as is. `clamped` is the same
/// share held to 0…1 for progress bars. The formula serves both directions: for a "down" KPI
/// target − baseline is negative, and so is every improvement.
public struct KPIProgress: Sendable, Hashable {
    public let exact: Double

    public init(exact: Double) {
        self.exact = exact
    }

    /// Nil when target equals baseline: there is no way to cover, so no share of it.
    public init?(baseline: Double, latest: Double, target: Double) {
        let span = target - baseline
        guard span != 0, span.isFinite else { return nil }
        self.exact = (latest - baseline) / span
    }

    /// The share held to 0…1, for display.
    public var clamped: Double { min(max(exact, 0), 1) }
}
