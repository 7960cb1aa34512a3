/// "Start the next plan from this one" (续编下一期规划): the same areas, lines of work, items,
/// KPIs and milestones under a new code, title and period, with nothing the old period measured.
extension PlanDocument {
    /// What the county edits into its next plan. Each KPI starts from the last figure the old plan
    /// recorded by its end (its baseline, with that figure's source); targets either stay as
    /// drafts due at the new end, or are cleared for the county to set. Milestones lose their
    /// completion; one planned before the new period starts is moved to its end, to be re-planned.
    public func successor(code: String, title: BilingualText, period: PlanPeriod, keepTargets: Bool) -> PlanDocument {
        let oldEnd = effectivePeriod?.end ?? period.start
        var next = self
        next.code = code
        next.title = title
        next.period = period
        next.adopted = period.start
        next.source = nil
        next.areas = areas.map { area in
            var area = area
            area.lines = area.lines.map { line in
                var line = line
                line.items = line.items.map { item in
                    var item = item
                    item.kpis = item.kpis.map { Self.successor(of: $0, oldEnd: oldEnd, period: period, keepTargets: keepTargets) }
                    item.milestones = item.milestones.map { milestone in
                        var milestone = milestone
                        milestone.actual = nil
                        if milestone.planned < period.start { milestone.planned = period.end }
                        return milestone
                    }
                    return item
                }
                return line
            }
            return area
        }
        return next
    }

    private static func successor(of kpi: KPI, oldEnd: PlanDate, period: PlanPeriod, keepTargets: Bool) -> KPI {
        var kpi = kpi
        let last = kpi.observations.enumerated()
            .filter { $0.element.date <= oldEnd && $0.element.value.isFinite }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?
            .element
        if let last {
            kpi.baseline = KPIBaseline(value: last.value, date: last.date, source: last.source)
        } else if kpi.baseline != nil {
            kpi.baseline = KPIBaseline(value: nil, date: period.start)
        }
        if let target = kpi.target {
            kpi.target = keepTargets ? KPITarget(value: target.value, deadline: period.end, strict: target.strict) : nil
        }
        kpi.observations = []
        return kpi
    }
}

/// A plan's code as it travels in addresses (`/plan?plan=heshan-2026`).
public enum PlanCode {
    /// Lowercase letters, digits and hyphens, 1 to 64 of them, starting with a letter or digit:
    /// safe in a path or a query without escaping, and unambiguous to type.
    public static func isValid(_ code: String) -> Bool {
        guard (1...64).contains(code.utf8.count), code.first != "-" else { return false }
        return code.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    }
}
