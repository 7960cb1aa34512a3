/// The time-elapsed schedule (序时进度): the share of the period from the baseline date to the
/// deadline that has gone by at `now`, held to 0…1. A KPI is on schedule when its progress keeps
/// up with this share.
public enum PlanSchedule {
    public static func elapsedShare(from start: PlanDate, to deadline: PlanDate, at now: PlanDate) -> Double {
        let period = start.days(until: deadline)
        // A period of no length (or a deadline before its start) is all-or-nothing.
        guard period > 0 else { return now >= deadline ? 1 : 0 }
        let elapsed = Double(start.days(until: now)) / Double(period)
        return min(max(elapsed, 0), 1)
    }
}
