/// The whole plan judged at `now` (驾驶舱数据): every KPI and milestone, and the roll-up of every
/// item, line of work, area and of the plan itself, keyed by code.
public struct PlanEvaluation: Sendable, Hashable {
    public let now: PlanDate
    public let kpis: [String: KPIEvaluation]
    public let milestones: [String: MilestoneEvaluation]
    public let items: [String: PlanRollUp]
    public let lines: [String: PlanRollUp]
    public let areas: [String: PlanRollUp]
    public let plan: PlanRollUp

    /// Judges `plan` with the figures in `data` (keyed by KPI code; a KPI missing there is judged
    /// on its own observations, or awaits data when computed).
    public static func evaluate(_ plan: PlanDocument, data: [String: KPIData] = [:], now: PlanDate) -> PlanEvaluation {
        var kpis: [String: KPIEvaluation] = [:]
        var milestones: [String: MilestoneEvaluation] = [:]
        var items: [String: PlanRollUp] = [:]
        var lines: [String: PlanRollUp] = [:]
        var areas: [String: PlanRollUp] = [:]
        var areaParts: [PlanRollUp.Part] = []
        for area in plan.areas {
            var lineParts: [PlanRollUp.Part] = []
            for line in area.lines {
                var itemParts: [PlanRollUp.Part] = []
                for item in line.items {
                    var kpiParts: [PlanRollUp.Part] = []
                    for kpi in item.kpis {
                        let evaluation = KPIEvaluation.evaluate(kpi, data: data[kpi.code] ?? kpi.ownData, now: now)
                        kpis[kpi.code] = evaluation
                        kpiParts.append(evaluation.asPart(weight: kpi.weight))
                    }
                    for milestone in item.milestones {
                        milestones[milestone.code] = MilestoneEvaluation(milestone, now: now)
                    }
                    let rollUp = PlanRollUp(parts: kpiParts)
                    items[item.code] = rollUp
                    itemParts.append(rollUp.asPart(code: item.code, weight: item.weight))
                }
                let rollUp = PlanRollUp(parts: itemParts)
                lines[line.code] = rollUp
                lineParts.append(rollUp.asPart(code: line.code, weight: line.weight))
            }
            let rollUp = PlanRollUp(parts: lineParts)
            areas[area.code] = rollUp
            areaParts.append(rollUp.asPart(code: area.code, weight: area.weight))
        }
        return PlanEvaluation(now: now, kpis: kpis, milestones: milestones, items: items, lines: lines,
                              areas: areas, plan: PlanRollUp(parts: areaParts))
    }
}
