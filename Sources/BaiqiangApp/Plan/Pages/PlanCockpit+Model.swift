import BaiqiangCore

/// The cockpit (驾驶舱): every target's card, the light counts, the milestones and the plan tree,
/// for the whole plan or one area of it.
enum PlanCockpitPage {
    struct Model {
        var snapshot: PlanSnapshot
        /// The area the page is narrowed to; nil or empty for the whole plan.
        var area: String?
        var mayImport: Bool
        /// May choose the current plan, publish one or start the next one.
        var mayManage: Bool = false
    }
}

extension PlanCockpitPage.Model {
    var showsWholePlan: Bool { area == nil || area == "" }

    /// The KPIs of the chosen area, in plan order.
    var rows: [KPIRow] {
        snapshot.kpiRows.filter { showsWholePlan || $0.area.code == area }
    }

    /// The items whose milestones are listed: those of the chosen area.
    var items: [PlanItem] {
        snapshot.document.allItems.filter { item in
            showsWholePlan || snapshot.document.areas.first { $0.code == area }?.lines.contains { $0.items.contains(item) } == true
        }
    }
}
