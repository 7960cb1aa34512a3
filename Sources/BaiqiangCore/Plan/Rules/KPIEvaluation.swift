/// Everything the cockpit shows about one KPI at `now`: latest figure, progress, schedule
/// (序时进度), light and forecast.
public struct KPIEvaluation: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        /// There is a figure on or before `now`.
        case evaluated
        /// No figure yet (grey).
        case noData
        /// Computed KPI without its provider: "awaiting data" (待接入), never a number.
        case awaitingData(provider: String)
    }

    public let code: String
    public let state: State
    /// The latest figure on or before `now` (the last entered wins a tie of days).
    public let latest: KPIObservation?
    /// Nil without data, without a baseline value, or when target equals baseline.
    public let progress: KPIProgress?
    /// Nil when the baseline date or the deadline is unknown.
    public let schedule: Double?
    public let achieved: Bool
    /// Grey for a monitoring indicator, whatever its figures.
    public let light: PlanLight
    /// A monitoring indicator (`KPI.isMonitoring`): shown with its figures, judged by no light.
    public let isMonitoring: Bool
    public let forecast: KPIForecast

    /// Judges `kpi` on `data` as of `now`. Figures dated after `now` are ignored: they cannot
    /// have been known yet.
    public static func evaluate(_ kpi: KPI, data: KPIData, now: PlanDate) -> KPIEvaluation {
        let schedule = kpi.baseline.flatMap { baseline in
            kpi.target?.deadline.map { PlanSchedule.elapsedShare(from: baseline.date, to: $0, at: now) }
        }
        let observations: [KPIObservation]
        var baselineValue = kpi.baseline?.value
        switch data {
        case let .awaitingData(provider):
            return KPIEvaluation(code: kpi.code, state: .awaitingData(provider: provider), latest: nil,
                                 progress: nil, schedule: schedule, achieved: false, light: .grey,
                                 isMonitoring: kpi.isMonitoring, forecast: .insufficientData(observations: 0))
        case let .recorded(recorded):
            observations = recorded
        case let .measured(readings):
            observations = readings.observations
            baselineValue = baselineValue ?? readings.baselineValue
        }
        let known = observations.enumerated()
            .filter { $0.element.date <= now }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        let forecast = kpi.target?.deadline.map { KPIForecast.make(observations: known, deadline: $0, now: now) }
            ?? .insufficientData(observations: known.count)
        guard let latest = known.last else {
            return KPIEvaluation(code: kpi.code, state: .noData, latest: nil, progress: nil,
                                 schedule: schedule, achieved: false, light: .grey, isMonitoring: kpi.isMonitoring,
                                 forecast: forecast)
        }
        let achieved = kpi.target?.isMet(by: latest.value, direction: kpi.direction) ?? false
        var progress: KPIProgress?
        if let baselineValue, let target = kpi.target {
            progress = KPIProgress(baseline: baselineValue, latest: latest.value, target: target.value)
        }
        let deadlinePassed = kpi.target?.deadline.map { now > $0 } ?? false
        let light: PlanLight
        if kpi.isMonitoring {
            light = .grey
        } else if achieved {
            light = .achieved
        } else if deadlinePassed {
            light = .red
        } else if let progress, let schedule {
            light = PlanLight.judge(progress: progress.exact, schedule: schedule, deadlinePassed: false)
        } else {
            light = .grey
        }
        return KPIEvaluation(code: kpi.code, state: .evaluated, latest: latest, progress: progress,
                             schedule: schedule, achieved: achieved, light: light, isMonitoring: kpi.isMonitoring,
                             forecast: forecast)
    }
}
