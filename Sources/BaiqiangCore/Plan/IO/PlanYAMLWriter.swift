import Yams

/// Writes a `PlanDocument` as YAML in the same shape `PlanYAMLReader` reads, field order fixed
/// and numbers in their shortest exact form (800, 1333.3), so an export reads like the
/// hand-written default plan and diffs between exports stay small.
enum PlanYAMLWriter {
    static func node(_ plan: PlanDocument) -> Node {
        var pairs: [(String, Node?)] = [
            ("code", text(plan.code)),
            ("title", bilingual(plan.title)),
            ("county", bilingual(plan.county)),
            ("adopted", plan.adopted.map(date)),
            ("period", plan.period.map { mapping([("start", date($0.start)), ("end", date($0.end))]) }),
            ("source", plan.source.map(text)),
        ]
        pairs.append(("departments", list(plan.departments.map {
            mapping([("code", text($0.code)), ("name", bilingual($0.name))])
        })))
        pairs.append(("areas", list(plan.areas.map(area))))
        return mapping(pairs)
    }

    private static func area(_ area: PlanArea) -> Node {
        mapping([("code", text(area.code)), ("name", bilingual(area.name)), ("weight", number(area.weight)),
                 ("lines", list(area.lines.map(line)))])
    }

    private static func line(_ line: PlanLineOfWork) -> Node {
        mapping([("code", text(line.code)), ("name", bilingual(line.name)), ("weight", number(line.weight)),
                 ("items", list(line.items.map(item)))])
    }

    private static func item(_ item: PlanItem) -> Node {
        mapping([("code", text(item.code)), ("name", bilingual(item.name)), ("owner", item.owner.map(text)),
                 ("weight", number(item.weight)),
                 ("kpis", item.kpis.isEmpty ? nil : list(item.kpis.map(kpi))),
                 ("milestones", item.milestones.isEmpty ? nil : list(item.milestones.map(milestone)))])
    }

    static func kpi(_ kpi: KPI) -> Node {
        mapping([
            ("code", text(kpi.code)),
            ("name", bilingual(kpi.name)),
            ("unit", text(kpi.unit)),
            ("direction", text(kpi.direction.rawValue)),
            ("baseline", kpi.baseline.map { baseline in
                mapping([("value", baseline.value.map(number)), ("date", date(baseline.date)),
                         ("source", baseline.source.map(text))])
            }),
            ("target", kpi.target.map { target in
                mapping([("value", number(target.value)), ("deadline", target.deadline.map(date)),
                         ("strict", target.strict ? bool(true) : nil)])
            }),
            ("owner", kpi.owner.map(text)),
            ("weight", number(kpi.weight)),
            ("published", bool(kpi.published)),
            ("source", text(kpi.source.rawValue)),
            ("provider", kpi.provider.map(text)),
            ("light_from", kpi.lightFrom.map { text($0.rawValue) }),
            ("range", kpi.range.map { range in mapping([("min", range.min.map(number)), ("max", range.max.map(number))]) }),
            ("observations", kpi.observations.isEmpty ? nil : list(kpi.observations.map(observation))),
            ("note", kpi.note.map(bilingual)),
        ])
    }

    private static func observation(_ observation: KPIObservation) -> Node {
        mapping([("value", number(observation.value)), ("date", date(observation.date)),
                 ("unit", observation.unit.map(text)), ("source", observation.citation.map(citation) ?? text(observation.source)),
                 ("entered_by", observation.enteredBy.map(text)),
                 ("status", observation.status == .current ? nil : text(observation.status.rawValue)),
                 ("reason", observation.reason.map(text)),
                 ("published", observation.published ? nil : bool(false))])
    }

    private static func citation(_ citation: Citation) -> Node {
        mapping([("publisher", text(citation.publisher)), ("title", citation.title.map(text)), ("date", citation.date.map(text)),
                 ("address", citation.address.map(text)), ("read_from_copy", citation.readFromCopy ? bool(true) : nil)])
    }

    private static func milestone(_ milestone: PlanMilestone) -> Node {
        mapping([("code", text(milestone.code)), ("name", bilingual(milestone.name)),
                 ("planned", date(milestone.planned)), ("actual", milestone.actual.map(date)),
                 ("owner", milestone.owner.map(text)), ("source", milestone.source.map(text))])
    }

    // MARK: scalars

    private static func mapping(_ pairs: [(String, Node?)]) -> Node {
        Node(pairs.compactMap { key, value in value.map { (Node(key), $0) } })
    }

    private static func list(_ nodes: [Node]) -> Node { Node(nodes) }

    private static func bilingual(_ text: BilingualText) -> Node {
        mapping([("zh", self.text(text.zh)), ("en", self.text(text.en))])
    }

    /// A string that would read back as something else when written plain ("null", "~", "2022",
    /// "true", "2024-01-01") is double-quoted; others stay plain for a readable file.
    private static func text(_ value: String) -> Node {
        let plain = Node(value, Tag(.implicit), .plain)
        let readsAsString = Resolver.default.resolveTag(of: plain) == .str
        return Node(value, Tag(.str), readsAsString ? .any : .doubleQuoted)
    }

    private static func date(_ value: PlanDate) -> Node { Node(value.description) }

    private static func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", Tag(.bool)) }

    static func number(_ value: Double) -> Node { Node(formatted(value), Tag(.float)) }

    /// Whole numbers without a decimal point; others in Swift's shortest exact decimal form.
    static func formatted(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
