import Yams

/// Builds a `PlanDocument` from a composed YAML tree, leniently: a bad field is reported and
/// skipped so that reading goes on and every problem of the file is found in one pass.
struct PlanYAMLReader {
    var fields = YAMLFieldReader()

    mutating func document(_ node: Node) -> PlanDocument? {
        let allowed: Set<String> = ["code", "title", "county", "adopted", "period", "source", "departments", "areas"]
        guard let map = fields.mapping(node, path: "", allowed: allowed) else { return nil }
        let code = fields.string(fields.required(map, "code", path: ""), path: "code")
        let title = fields.bilingual(fields.required(map, "title", path: ""), path: "title")
        let county = fields.bilingual(fields.required(map, "county", path: ""), path: "county")
        let adopted = fields.date(fields.optional(map, "adopted"), path: "adopted")
        var period: PlanPeriod?
        if let node = fields.optional(map, "period") { period = self.period(node, path: "period") }
        let source = fields.string(fields.optional(map, "source"), path: "source")
        let departments = fields.sequence(fields.optional(map, "departments"), path: "departments")
            .compactMap { department($0.node, path: $0.path) }
        let areas = fields.sequence(fields.optional(map, "areas"), path: "areas")
            .compactMap { area($0.node, path: $0.path) }
        return PlanDocument(code: code ?? "", title: title ?? BilingualText(zh: "", en: ""),
                            county: county ?? BilingualText(zh: "", en: ""), adopted: adopted,
                            period: period, source: source, departments: departments, areas: areas)
    }

    private mutating func period(_ node: Node, path: String) -> PlanPeriod? {
        guard let map = fields.mapping(node, path: path, allowed: ["start", "end"]) else { return nil }
        let start = fields.date(fields.required(map, "start", path: path), path: "\(path).start")
        let end = fields.date(fields.required(map, "end", path: path), path: "\(path).end")
        guard let start, let end else { return nil }
        return PlanPeriod(start: start, end: end)
    }

    private mutating func department(_ node: Node, path: String) -> PlanDepartment? {
        guard let map = fields.mapping(node, path: path, allowed: ["code", "name"]) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        guard let code, let name else { return nil }
        return PlanDepartment(code: code, name: name)
    }

    private mutating func area(_ node: Node, path: String) -> PlanArea? {
        guard let map = fields.mapping(node, path: path, allowed: ["code", "name", "weight", "lines"]) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        let weight = fields.number(fields.optional(map, "weight"), path: "\(path).weight") ?? 1
        let lines = fields.sequence(fields.optional(map, "lines"), path: "\(path).lines")
            .compactMap { line($0.node, path: $0.path) }
        guard let code, let name else { return nil }
        return PlanArea(code: code, name: name, weight: weight, lines: lines)
    }

    private mutating func line(_ node: Node, path: String) -> PlanLineOfWork? {
        guard let map = fields.mapping(node, path: path, allowed: ["code", "name", "weight", "items"]) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        let weight = fields.number(fields.optional(map, "weight"), path: "\(path).weight") ?? 1
        let items = fields.sequence(fields.optional(map, "items"), path: "\(path).items")
            .compactMap { item($0.node, path: $0.path) }
        guard let code, let name else { return nil }
        return PlanLineOfWork(code: code, name: name, weight: weight, items: items)
    }

    private mutating func item(_ node: Node, path: String) -> PlanItem? {
        let allowed: Set<String> = ["code", "name", "owner", "weight", "kpis", "milestones"]
        guard let map = fields.mapping(node, path: path, allowed: allowed) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        let owner = fields.string(fields.optional(map, "owner"), path: "\(path).owner")
        let weight = fields.number(fields.optional(map, "weight"), path: "\(path).weight") ?? 1
        let kpis = fields.sequence(fields.optional(map, "kpis"), path: "\(path).kpis")
            .compactMap { kpi($0.node, path: $0.path) }
        let milestones = fields.sequence(fields.optional(map, "milestones"), path: "\(path).milestones")
            .compactMap { milestone($0.node, path: $0.path) }
        guard let code, let name else { return nil }
        return PlanItem(code: code, name: name, owner: owner, weight: weight, kpis: kpis, milestones: milestones)
    }

    private mutating func kpi(_ node: Node, path: String) -> KPI? {
        let allowed: Set<String> = ["code", "name", "unit", "direction", "baseline", "target", "owner", "weight",
                                    "published", "source", "provider", "light_from", "range", "observations", "note"]
        guard let map = fields.mapping(node, path: path, allowed: allowed) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        let unit = fields.string(fields.required(map, "unit", path: path), path: "\(path).unit")
        let direction = fields.choice(fields.optional(map, "direction"), path: "\(path).direction", as: KPIDirection.self)
        var baseline: KPIBaseline?
        if let node = fields.optional(map, "baseline") { baseline = self.baseline(node, path: "\(path).baseline") }
        var target: KPITarget?
        if let node = fields.optional(map, "target") { target = self.target(node, path: "\(path).target") }
        let owner = fields.string(fields.optional(map, "owner"), path: "\(path).owner")
        let weight = fields.number(fields.optional(map, "weight"), path: "\(path).weight")
        let published = fields.bool(fields.optional(map, "published"), path: "\(path).published")
        let source = fields.choice(fields.optional(map, "source"), path: "\(path).source", as: KPISource.self)
        let provider = fields.string(fields.optional(map, "provider"), path: "\(path).provider")
        var range: KPIRange?
        if let node = fields.optional(map, "range"), let rangeMap = fields.mapping(node, path: "\(path).range", allowed: ["min", "max"]) {
            range = KPIRange(min: fields.number(fields.optional(rangeMap, "min"), path: "\(path).range.min"),
                             max: fields.number(fields.optional(rangeMap, "max"), path: "\(path).range.max"))
        }
        let lightFrom = fields.choice(fields.optional(map, "light_from"), path: "\(path).light_from", as: KPILightSource.self)
        let observations = fields.sequence(fields.optional(map, "observations"), path: "\(path).observations")
            .compactMap { observation($0.node, path: $0.path) }
        let note = fields.bilingual(fields.optional(map, "note"), path: "\(path).note")
        guard let code, let name, let unit else { return nil }
        return KPI(code: code, name: name, unit: unit, direction: direction ?? .up, baseline: baseline,
                   target: target, owner: owner, weight: weight ?? 1, published: published ?? false,
                   source: source ?? .manual, provider: provider, lightFrom: lightFrom, range: range, observations: observations, note: note)
    }

    private mutating func baseline(_ node: Node, path: String) -> KPIBaseline? {
        guard let map = fields.mapping(node, path: path, allowed: ["value", "date", "source"]) else { return nil }
        let value = fields.number(fields.optional(map, "value"), path: "\(path).value")
        let date = fields.date(fields.required(map, "date", path: path), path: "\(path).date")
        let source = fields.string(fields.optional(map, "source"), path: "\(path).source")
        guard let date else { return nil }
        return KPIBaseline(value: value, date: date, source: source)
    }

    private mutating func target(_ node: Node, path: String) -> KPITarget? {
        guard let map = fields.mapping(node, path: path, allowed: ["value", "deadline", "strict"]) else { return nil }
        let value = fields.number(fields.required(map, "value", path: path), path: "\(path).value")
        // A missing deadline is left for the validator, which names the KPI in its message.
        let deadline = fields.date(fields.optional(map, "deadline"), path: "\(path).deadline")
        let strict = fields.bool(fields.optional(map, "strict"), path: "\(path).strict")
        // A bad value is already reported; the target is kept so the KPI's other rules still run.
        return KPITarget(value: value ?? .nan, deadline: deadline, strict: strict ?? false)
    }

    private mutating func observation(_ node: Node, path: String) -> KPIObservation? {
        let allowed: Set<String> = ["value", "date", "unit", "source", "entered_by", "status", "reason", "published"]
        guard let map = fields.mapping(node, path: path, allowed: allowed) else { return nil }
        let value = fields.number(fields.required(map, "value", path: path), path: "\(path).value")
        let date = fields.date(fields.required(map, "date", path: path), path: "\(path).date")
        let unit = fields.string(fields.optional(map, "unit"), path: "\(path).unit")
        // A missing source note is the validator's to report (it names the rule, not just the key).
        let sourceNode = fields.optional(map, "source")
        let citation = sourceNode.flatMap { $0.mapping == nil ? nil : self.citation($0, path: "\(path).source") }
        let source = citation?.text.zh ?? fields.string(sourceNode, path: "\(path).source")
        let enteredBy = fields.string(fields.optional(map, "entered_by"), path: "\(path).entered_by")
        let status = fields.choice(fields.optional(map, "status"), path: "\(path).status", as: KPIObservationStatus.self)
        let reason = fields.string(fields.optional(map, "reason"), path: "\(path).reason")
        let published = fields.bool(fields.optional(map, "published"), path: "\(path).published")
        // Kept despite a bad value (already reported) so its date and unit are checked too.
        guard let date else { return nil }
        var observation = KPIObservation(value: value ?? .nan, date: date, unit: unit, source: source ?? "", enteredBy: enteredBy)
        observation.citation = citation
        observation.status = status ?? .current
        observation.reason = reason
        observation.published = published ?? true
        return observation
    }

    /// A source written as a citation: publisher (required), title, date, address, read_from_copy.
    private mutating func citation(_ node: Node, path: String) -> Citation? {
        guard let map = fields.mapping(node, path: path, allowed: ["publisher", "title", "date", "address", "read_from_copy"]) else { return nil }
        let publisher = fields.string(fields.required(map, "publisher", path: path), path: "\(path).publisher")
        let title = fields.string(fields.optional(map, "title"), path: "\(path).title")
        let date = fields.string(fields.optional(map, "date"), path: "\(path).date")
        let address = fields.string(fields.optional(map, "address"), path: "\(path).address")
        let copy = fields.bool(fields.optional(map, "read_from_copy"), path: "\(path).read_from_copy")
        guard let publisher else { return nil }
        return Citation(publisher: publisher, title: title, date: date, address: address, readFromCopy: copy ?? false)
    }

    private mutating func milestone(_ node: Node, path: String) -> PlanMilestone? {
        let allowed: Set<String> = ["code", "name", "planned", "actual", "owner", "source"]
        guard let map = fields.mapping(node, path: path, allowed: allowed) else { return nil }
        let code = fields.string(fields.required(map, "code", path: path), path: "\(path).code")
        let name = fields.bilingual(fields.required(map, "name", path: path), path: "\(path).name")
        let planned = fields.date(fields.required(map, "planned", path: path), path: "\(path).planned")
        let actual = fields.date(fields.optional(map, "actual"), path: "\(path).actual")
        let owner = fields.string(fields.optional(map, "owner"), path: "\(path).owner")
        let source = fields.string(fields.optional(map, "source"), path: "\(path).source")
        guard let code, let name, let planned else { return nil }
        return PlanMilestone(code: code, name: name, planned: planned, actual: actual, owner: owner, source: source)
    }
}
