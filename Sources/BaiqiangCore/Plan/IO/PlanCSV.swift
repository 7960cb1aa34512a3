/// The flat CSV of a plan's KPIs and their observations (指标与观测值表), for spreadsheets.
///
/// One row per KPI (`record` = `kpi`) and one per observation (`record` = `observation`, naming
/// its KPI in `kpi`); the tree of areas, lines and items stays in the YAML file, and a KPI row
/// names its item by code. Columns (in this order when written; any order when read):
///
/// `record, item, kpi, name_zh, name_en, unit, direction, baseline_value, baseline_date,
/// baseline_source, target_value, target_deadline, target_strict, owner, weight, published,
/// source, provider, light_from, range_min, range_max, note_zh, note_en, value, date, source_note,
/// entered_by, status, reason, cited_publisher, cited_title, cited_date, cited_address, cited_from_copy`
///
/// An observation whose source is a citation fills the `cited_` columns; `source_note` then
/// repeats its text.
///
/// On an observation row `unit` is the observation's own unit (empty: the KPI's) and `published`
/// whether the figure is released for the public page (empty: it is). A KPI row with
/// empty target cells is a monitoring indicator.
public enum PlanCSV {
    public static let header = [
        "record", "item", "kpi", "name_zh", "name_en", "unit", "direction", "baseline_value", "baseline_date",
        "baseline_source", "target_value", "target_deadline", "target_strict", "owner", "weight", "published",
        "source", "provider", "light_from", "range_min", "range_max", "note_zh", "note_en", "value", "date", "source_note",
        "entered_by", "status", "reason", "cited_publisher", "cited_title", "cited_date", "cited_address", "cited_from_copy",
    ]

    /// Writes every KPI of `plan` with its observations.
    public static func write(_ plan: PlanDocument) -> String {
        var rows = [header]
        for item in plan.allItems {
            for kpi in item.kpis {
                rows.append(row(kpiCells(kpi, item: item.code)))
                for observation in kpi.observations {
                    rows.append(row(observationCells(observation, kpi: kpi.code)))
                }
            }
        }
        return PlanCSVTable.write(rows)
    }

    private static func kpiCells(_ kpi: KPI, item: String) -> [String: String] {
        var cells: [String: String] = ["record": "kpi", "item": item, "kpi": kpi.code]
        cells["name_zh"] = kpi.name.zh
        cells["name_en"] = kpi.name.en
        cells["unit"] = kpi.unit
        cells["direction"] = kpi.direction.rawValue
        cells["baseline_value"] = kpi.baseline?.value.map(PlanYAMLWriter.formatted)
        cells["baseline_date"] = kpi.baseline?.date.description
        cells["baseline_source"] = kpi.baseline?.source
        cells["target_value"] = kpi.target.map { PlanYAMLWriter.formatted($0.value) }
        cells["target_deadline"] = kpi.target?.deadline?.description
        cells["target_strict"] = kpi.target.map { $0.strict ? "true" : "false" }
        cells["owner"] = kpi.owner
        cells["weight"] = PlanYAMLWriter.formatted(kpi.weight)
        cells["published"] = kpi.published ? "true" : "false"
        cells["source"] = kpi.source.rawValue
        cells["provider"] = kpi.provider
        cells["light_from"] = kpi.lightFrom?.rawValue
        cells["range_min"] = kpi.range?.min.map(PlanYAMLWriter.formatted)
        cells["range_max"] = kpi.range?.max.map(PlanYAMLWriter.formatted)
        cells["note_zh"] = kpi.note?.zh
        cells["note_en"] = kpi.note?.en
        return cells
    }

    private static func observationCells(_ observation: KPIObservation, kpi: String) -> [String: String] {
        var cells: [String: String] = ["record": "observation", "kpi": kpi]
        cells["unit"] = observation.unit
        cells["value"] = PlanYAMLWriter.formatted(observation.value)
        cells["date"] = observation.date.description
        cells["source_note"] = observation.source
        cells["entered_by"] = observation.enteredBy
        cells["status"] = observation.status == .current ? nil : observation.status.rawValue
        cells["reason"] = observation.reason
        if let citation = observation.citation {
            cells["cited_publisher"] = citation.publisher
            cells["cited_title"] = citation.title
            cells["cited_date"] = citation.date
            cells["cited_address"] = citation.address
            cells["cited_from_copy"] = citation.readFromCopy ? "true" : nil
        }
        cells["published"] = observation.published ? nil : "false"
        return cells
    }

    private static func row(_ cells: [String: String]) -> [String] {
        header.map { cells[$0] ?? "" }
    }

    /// Reads a KPI CSV and puts its KPIs in place of all of `plan`'s, each under the item its
    /// row names; validates the result as a whole.
    ///
    /// - Throws: `PlanImportFailure` with every issue, each with its CSV line.
    public static func read(_ csv: String, into plan: PlanDocument, now: PlanDate,
                            departments: Set<String>? = nil) throws(PlanImportFailure) -> PlanDocument {
        var reader = PlanCSVReader()
        let rows = reader.rows(csv)
        var result = plan
        var lines = PlanLineMap()
        var placed = Set<Int>()
        for (a, area) in plan.areas.enumerated() {
            for (l, line) in area.lines.enumerated() {
                for (i, item) in line.items.enumerated() {
                    let itemPath = "areas[\(a)].lines[\(l)].items[\(i)]"
                    var kpis: [KPI] = []
                    for (index, row) in rows.enumerated() where row.item == item.code {
                        placed.insert(index)
                        let kpiPath = "\(itemPath).kpis[\(kpis.count)]"
                        lines.record(kpiPath, line: row.line)
                        for (o, observationLine) in row.observationLines.enumerated() {
                            lines.record("\(kpiPath).observations[\(o)]", line: observationLine)
                        }
                        kpis.append(row.kpi)
                    }
                    result.areas[a].lines[l].items[i].kpis = kpis
                }
            }
        }
        for (index, row) in rows.enumerated() where !placed.contains(index) {
            reader.report(.unknownItem, line: row.line, column: "item",
                          zh: "事项“\(row.item)”不在计划中", en: "item '\(row.item)' is not in the plan")
        }
        let issues = reader.issues + PlanValidator(now: now, departments: departments).issues(in: result, lines: lines)
        guard issues.isEmpty else { throw PlanImportFailure(issues: issues) }
        return result
    }
}
