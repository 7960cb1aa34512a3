/// A county's plan (规划 / 全会部署) as one document: the departments that own its work and the
/// tree areas (领域) → lines of work (工作线) → items (事项), whose items carry KPIs and milestones.
///
/// This is the unit of import and export: a county replaces its plan by loading one document.
public struct PlanDocument: Sendable, Hashable, Codable {
    /// A stable identifier of the plan, e.g. `heshan-2022`.
    public var code: String
    public var title: BilingualText
    public var county: BilingualText
    /// The day the plan was adopted (e.g. the plenary session); the default baseline date.
    public var adopted: PlanDate?
    /// The days the plan runs for; after its end the plan is shown as its final review.
    public var period: PlanPeriod?
    /// Where the plan comes from (the report, its publication).
    public var source: String?
    /// The departments that may own KPIs, items and milestones.
    public var departments: [PlanDepartment]
    public var areas: [PlanArea]

    public init(code: String, title: BilingualText, county: BilingualText, adopted: PlanDate? = nil,
                period: PlanPeriod? = nil, source: String? = nil, departments: [PlanDepartment] = [], areas: [PlanArea] = []) {
        self.code = code
        self.title = title
        self.county = county
        self.adopted = adopted
        self.period = period
        self.source = source
        self.departments = departments
        self.areas = areas
    }

    /// Every KPI of the plan in document order.
    public var allKPIs: [KPI] { allItems.flatMap(\.kpis) }

    /// Every item of the plan in document order.
    public var allItems: [PlanItem] { areas.flatMap { $0.lines.flatMap(\.items) } }

    /// Every milestone of the plan in document order.
    public var allMilestones: [PlanMilestone] { allItems.flatMap(\.milestones) }

    /// The KPI with this code, if any.
    public func kpi(_ code: String) -> KPI? { allKPIs.first { $0.code == code } }

    /// The item with this code, if any.
    public func item(_ code: String) -> PlanItem? { allItems.first { $0.code == code } }

    /// The department with this code, if any.
    public func department(_ code: String) -> PlanDepartment? { departments.first { $0.code == code } }

    /// The milestone with this code, if any.
    public func milestone(_ code: String) -> PlanMilestone? { allMilestones.first { $0.code == code } }

    /// The published part of the plan (政务公开): only published KPIs and the items, lines and
    /// areas that still hold one; milestones and unpublished KPIs never leave the building.
    public var publishedOnly: PlanDocument {
        var copy = self
        copy.areas = areas.compactMap { area in
            var area = area
            area.lines = area.lines.compactMap { line in
                var line = line
                line.items = line.items.compactMap { item in
                    var item = item
                    item.kpis = item.kpis.filter(\.published)
                    item.milestones = []
                    return item.kpis.isEmpty ? nil : item
                }
                return line.items.isEmpty ? nil : line
            }
            return area.lines.isEmpty ? nil : area
        }
        return copy
    }
}

/// A department (部门) that owns work, named by a short code such as `gxj` (工信局).
public struct PlanDepartment: Sendable, Hashable, Codable {
    public var code: String
    public var name: BilingualText

    public init(code: String, name: BilingualText) {
        self.code = code
        self.name = name
    }
}
