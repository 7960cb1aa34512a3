/// The plan template's notes: what each column of the KPI sheet holds, with the limits the plan
/// import checks (`FieldLimits`, `KPIDirection`).
extension PlanCSV {
    public static func note(_ column: String) -> ImportColumnNote {
        typealias Note = ImportColumnNote
        let chinese = chineseHeader[header.firstIndex(of: column) ?? 0]
        let amount = Note.rangeRule(-FieldLimits.maximumMagnitude...FieldLimits.maximumMagnitude)
        let date = BilingualText(zh: "日期，YYYY-MM-DD", en: "a date, YYYY-MM-DD")
        let flag = ImportValueKind.boolean.rule
        let rule: BilingualText = switch column {
        case "record": Note.oneOf([BilingualText(zh: "kpi（指标）", en: "kpi"), BilingualText(zh: "observation（观测值）", en: "observation")])
        case "direction": Note.oneOf(KPIDirection.allCases.map { BilingualText(zh: $0.rawValue, en: $0.rawValue) })
        case "baseline_value", "target_value", "range_min", "range_max", "value", "weight": amount
        case "baseline_date", "target_deadline", "date": date
        case "target_strict", "published", "cited_from_copy": flag
        case "note_zh", "note_en", "source_note", "reason", "baseline_source": Note.textRule(.note, nonEmpty: false)
        case "cited_address": Note.textRule(.address, nonEmpty: false)
        case "item", "kpi", "unit", "owner", "source", "provider", "light_from", "status", "entered_by", "cited_date":
            Note.textRule(.code, nonEmpty: column == "kpi")
        default: Note.textRule(.name, nonEmpty: false)
        }
        return Note(meaning: BilingualText(zh: "\(chinese)（英文表头 \(column)）", en: "\(column) (中文表头 \(chinese))"),
                    required: column == "record" || column == "kpi", rule: rule)
    }
}
