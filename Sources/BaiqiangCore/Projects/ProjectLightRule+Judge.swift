/// The three parts of a project's light under a rule, each judged on days, and the project's
/// light as the worst of them.
extension ProjectLightRule {
    /// Differences of binary fractions (0.6 − 0.3) land a hair off a decimal boundary; a
    /// tolerance far below any meaningful difference keeps "exactly 10 points" where a reader expects.
    static let tolerancePoints = 1e-9

    /// The start (开工) light: green once started; otherwise by whole calendar months since the
    /// planned start month (the month after it is one month late).
    public func startLight(plannedStart: PlanDate, actualStart: PlanDate?, today: PlanDate) -> ProjectLight {
        if let actualStart, actualStart <= today { return .green }
        let late = Self.monthsBetween(plannedStart, today)
        if late >= start.redMonthsLate { return .red }
        if late >= start.yellowMonthsLate { return .yellow }
        return .green
    }

    /// The progress light: percentage points by which the completed share of the year's planned
    /// investment trails the time-elapsed schedule (序时进度).
    public func progressLight(completedShare: Double, scheduleShare: Double) -> ProjectLight {
        let behind = (scheduleShare - completedShare) * 100
        if behind > progress.redOverPointsBehind + Self.tolerancePoints { return .red }
        if behind >= progress.yellowFromPointsBehind - Self.tolerancePoints { return .yellow }
        return .green
    }

    /// The statistics entry (入库) light: green once entered; otherwise yellow from the day one
    /// month after the start, red from two months after (a day past a month's end is held to it).
    public func statisticsEntryLight(actualStart: PlanDate, enteredOn: PlanDate?, today: PlanDate) -> ProjectLight {
        if let enteredOn, enteredOn <= today { return .green }
        if today >= actualStart.adding(months: statisticsEntry.redMonthsLate) { return .red }
        if today >= actualStart.adding(months: statisticsEntry.yellowMonthsLate) { return .yellow }
        return .green
    }

    /// Calendar months from `a`'s month to `b`'s (negative when `b` is earlier).
    static func monthsBetween(_ a: PlanDate, _ b: PlanDate) -> Int {
        (b.year * 12 + b.month) - (a.year * 12 + a.month)
    }
}
