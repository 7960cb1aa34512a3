/// The reminder a department gets (本月尚未填报): the targets it owns, entered by hand, with no
/// current figure dated in the month of today. Plan-tracking tools fail when owners never update;
/// this is the list that tells them. A computed KPI is measured by the platform and a monitoring
/// indicator is published by others, so neither is asked for; nor is a target whose deadline
/// month is behind us, and an ended plan asks for nothing.
public enum MonthlyFigureReminder {
    public static func due(in plan: PlanDocument, owner: String, today: PlanDate) -> [KPI] {
        guard !plan.hasEnded(at: today) else { return [] }
        return plan.areas.flatMap(\.lines).flatMap(\.items).flatMap { item in
            item.kpis.filter { kpi in
                (kpi.owner ?? item.owner) == owner && kpi.source == .manual && !kpi.isMonitoring
                    && !(kpi.target?.deadline.map { month($0) < month(today) } ?? false)
                    && !kpi.currentObservations.contains { $0.date.year == today.year && $0.date.month == today.month }
            }
        }
    }

    private static func month(_ day: PlanDate) -> Int { day.year * 12 + day.month }
}
