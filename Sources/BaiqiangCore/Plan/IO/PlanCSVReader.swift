/// Turns the records of a KPI CSV into KPIs with their observations, reporting every bad cell
/// with its line and column rather than stopping at the first.
struct PlanCSVReader {
    struct KPIRow {
        var line: Int
        var item: String
        var kpi: KPI
        var observationLines: [Int]
    }

    var issues: [PlanIssue] = []

    mutating func report(_ kind: PlanIssue.Kind, line: Int, column: String, zh: String, en: String) {
        issues.append(PlanIssue(kind, line: line, path: column,
                                reason: BilingualText(zh: "（\(column)列）\(zh)", en: "(column \(column)) \(en)")))
    }

    mutating func rows(_ csv: String) -> [KPIRow] {
        let records: [PlanCSVTable.Record]
        do {
            records = try PlanCSVTable.parse(csv)
        } catch {
            issues.append(PlanIssue(.syntax, line: error.line, path: "",
                                    reason: BilingualText(zh: "引号未闭合", en: "a quoted field is never closed")))
            return []
        }
        guard let headerRecord = records.first else {
            issues.append(PlanIssue(.syntax, line: 1, path: "", reason: BilingualText(zh: "文件为空", en: "the file is empty")))
            return []
        }
        let columns = headerRecord.fields.map { PlanCSV.canonicalColumn($0.planTrimmed) }
        for column in columns where !PlanCSV.header.contains(column) {
            report(.unknownField, line: headerRecord.line, column: column, zh: "未知列", en: "unknown column")
        }
        for column in ["record", "item", "kpi", "unit", "value", "date"]
        where !columns.contains(column) {
            report(.missingField, line: headerRecord.line, column: column, zh: "缺少此列", en: "the column is missing")
        }
        var kpiRows: [KPIRow] = []
        var indexByCode: [String: Int] = [:]
        for record in records.dropFirst() {
            var cells: [String: String] = [:]
            for (column, value) in zip(columns, record.fields) where !value.isEmpty {
                cells[column] = value
            }
            var row = Row(line: record.line, cells: cells)
            if let first = record.fields.first, ImportTemplate.isExample(first) {
                report(.invalidValue, line: record.line, column: columns.first ?? "record",
                       zh: ImportTemplate.exampleRowReason.zh, en: ImportTemplate.exampleRowReason.en)
                continue
            }
            switch cells["record"] {
            case "kpi":
                if let kpi = row.kpi(&self) {
                    indexByCode[kpi.code] = indexByCode[kpi.code] ?? kpiRows.count
                    kpiRows.append(KPIRow(line: record.line, item: cells["item"] ?? "", kpi: kpi, observationLines: []))
                }
            case "observation":
                guard let observation = row.observation(&self) else { continue }
                guard let index = indexByCode[cells["kpi"] ?? ""] else {
                    report(.unknownItem, line: record.line, column: "kpi",
                           zh: "指标“\(cells["kpi"] ?? "")”在此行之前未定义",
                           en: "KPI '\(cells["kpi"] ?? "")' is not defined above this row")
                    continue
                }
                kpiRows[index].kpi.observations.append(observation)
                kpiRows[index].observationLines.append(record.line)
            default:
                report(.invalidValue, line: record.line, column: "record",
                       zh: "“\(cells["record"] ?? "")”应为kpi或observation",
                       en: "'\(cells["record"] ?? "")' should be kpi or observation")
            }
        }
        return kpiRows
    }
}

/// One CSV record's cells, read by column name.
private struct Row {
    let line: Int
    let cells: [String: String]

    func text(_ column: String) -> String? { cells[column] }

    func required(_ column: String, _ reader: inout PlanCSVReader) -> String? {
        if let value = cells[column] { return value }
        reader.report(.missingField, line: line, column: column, zh: "不能为空", en: "must not be empty")
        return nil
    }

    func number(_ column: String, _ reader: inout PlanCSVReader) -> Double? {
        guard let text = cells[column] else { return nil }
        if let value = Double(text.planTrimmed), value.isFinite { return value }
        reader.report(.notANumber, line: line, column: column, zh: "“\(text)”不是数字", en: "'\(text)' is not a number")
        return nil
    }

    func date(_ column: String, _ reader: inout PlanCSVReader) -> PlanDate? {
        guard let text = cells[column] else { return nil }
        if let date = PlanDate(text.planTrimmed) { return date }
        reader.report(.invalidDate, line: line, column: column,
                      zh: "“\(text)”不是有效日期（应为YYYY-MM-DD）", en: "'\(text)' is not a date (YYYY-MM-DD)")
        return nil
    }

    func bool(_ column: String, _ reader: inout PlanCSVReader) -> Bool? {
        guard let text = cells[column] else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            reader.report(.invalidValue, line: line, column: column,
                          zh: "“\(text)”应为true或false", en: "'\(text)' should be true or false")
            return nil
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ column: String, _ reader: inout PlanCSVReader,
                                                         as type: Choice.Type) -> Choice? where Choice.RawValue == String {
        guard let text = cells[column] else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report(.invalidValue, line: line, column: column,
                      zh: "“\(text)”无效，可选：\(allowed)", en: "'\(text)' is not one of: \(allowed)")
        return nil
    }

    func bilingual(_ zh: String, _ en: String) -> BilingualText? {
        guard cells[zh] != nil || cells[en] != nil else { return nil }
        return BilingualText(zh: cells[zh] ?? "", en: cells[en] ?? "")
    }

    mutating func kpi(_ reader: inout PlanCSVReader) -> KPI? {
        _ = required("item", &reader)
        let code = required("kpi", &reader)
        let unit = required("unit", &reader)
        let direction = choice("direction", &reader, as: KPIDirection.self)
        let baselineValue = number("baseline_value", &reader)
        let baselineDate = date("baseline_date", &reader)
        if baselineValue != nil && baselineDate == nil && cells["baseline_date"] == nil {
            reader.report(.missingField, line: line, column: "baseline_date",
                          zh: "有基期值时须填基期日期", en: "a baseline value needs a baseline date")
        }
        let hasTarget = cells["target_value"] != nil || cells["target_deadline"] != nil || cells["target_strict"] != nil
        let targetValue = hasTarget && required("target_value", &reader) != nil ? number("target_value", &reader) : nil
        let deadline = date("target_deadline", &reader)
        let strict = bool("target_strict", &reader)
        let weight = number("weight", &reader)
        let published = bool("published", &reader)
        let source = choice("source", &reader, as: KPISource.self)
        let lightFrom = choice("light_from", &reader, as: KPILightSource.self)
        let rangeMin = number("range_min", &reader), rangeMax = number("range_max", &reader)
        guard let code, let unit else { return nil }
        let baseline = baselineDate.map { KPIBaseline(value: baselineValue, date: $0, source: text("baseline_source")) }
        return KPI(code: code, name: bilingual("name_zh", "name_en") ?? BilingualText(zh: code, en: code),
                   unit: unit, direction: direction ?? .up, baseline: baseline,
                   target: hasTarget ? KPITarget(value: targetValue ?? .nan, deadline: deadline, strict: strict ?? false) : nil,
                   owner: text("owner"), weight: weight ?? 1, published: published ?? false,
                   source: source ?? .manual, provider: text("provider"), lightFrom: lightFrom,
                   range: rangeMin == nil && rangeMax == nil ? nil : KPIRange(min: rangeMin, max: rangeMax), observations: [],
                   note: bilingual("note_zh", "note_en"))
    }

    mutating func observation(_ reader: inout PlanCSVReader) -> KPIObservation? {
        _ = required("kpi", &reader)
        let value = required("value", &reader) != nil ? number("value", &reader) : nil
        let date = required("date", &reader) != nil ? self.date("date", &reader) : nil
        let status = choice("status", &reader, as: KPIObservationStatus.self)
        let published = bool("published", &reader)
        let fromCopy = bool("cited_from_copy", &reader)
        guard let date else { return nil }
        var observation = KPIObservation(value: value ?? .nan, date: date, unit: text("unit"),
                                         source: text("source_note") ?? "", enteredBy: text("entered_by"))
        if let publisher = text("cited_publisher") {
            observation.citation = Citation(publisher: publisher, title: text("cited_title"), date: text("cited_date"),
                                            address: text("cited_address"), readFromCopy: fromCopy ?? false)
            observation.source = observation.citation!.text.zh
        }
        observation.status = status ?? .current
        observation.reason = text("reason")
        observation.published = published ?? true
        return observation
    }
}
