import Foundation

/// Turns the features of a checked parcels file into parcel records: each property read by its
/// English key or Chinese header, typed, and checked (a holder's credit code by its check
/// character, a declared area against the geometry's, a parcel number once per file). Every
/// problem of every feature is reported with its feature index and field; no record is returned
/// unless all pass.
public enum ParcelRecordReader {
    /// Longest text kept in a parcel's text fields.
    public static let textLimit = 200

    public static func records(from collection: ParcelFeatureCollection, knownTowns: Set<String>) throws(GeoJSONError) -> [ParcelRecord] {
        var issues: [LocatedIssue] = []
        var records: [ParcelRecord] = []
        var seen: [String: Int] = [:]
        for (offset, feature) in collection.features.enumerated() {
            var reader = FeatureReader(feature: feature, index: offset + 1)
            if let record = reader.record(knownTowns: knownTowns) {
                if let first = seen[record.number] {
                    reader.issue(.number, zh: "宗地编号与第 \(first) 个要素重复", en: "The parcel number repeats feature \(first)")
                } else {
                    seen[record.number] = offset + 1
                    records.append(record)
                }
            }
            issues += reader.issues
        }
        guard issues.isEmpty else { throw GeoJSONError(issues: issues) }
        return records
    }

    /// The parcel number a feature carries, as the reader would read it; nil when missing.
    public static func number(of feature: ParcelFeature) -> String? {
        let value = feature.properties[ParcelField.number.rawValue] ?? feature.properties[ParcelField.number.chinese]
        return value?.stringValue?.trimmingCharacters(in: .whitespaces)
    }

    /// One feature's record, or every problem of it (row = `index`, column = the field's
    /// English key). Repeats across features are the caller's to find.
    public static func record(from feature: ParcelFeature, index: Int, knownTowns: Set<String>) -> (ParcelRecord?, [LocatedIssue]) {
        var reader = FeatureReader(feature: feature, index: index)
        let record = reader.record(knownTowns: knownTowns)
        return (record, reader.issues)
    }
}

/// Reads one feature's properties, collecting its problems.
private struct FeatureReader {
    let feature: ParcelFeature
    let index: Int
    var issues: [LocatedIssue] = []

    init(feature: ParcelFeature, index: Int) {
        self.feature = feature
        self.index = index
    }

    mutating func issue(_ field: ParcelField, zh: String, en: String) {
        issues.append(LocatedIssue(row: index, column: field.rawValue, reason: BilingualText(zh: zh, en: en)))
    }

    func value(_ field: ParcelField) -> JSONValue? {
        let value = feature.properties[field.rawValue] ?? feature.properties[field.chinese]
        if case .null = value { return nil }
        if case .string(let text) = value, text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        return value
    }

    mutating func text(_ field: ParcelField) -> String? {
        guard let value = value(field) else { return nil }
        let text: String
        switch value {
        case .string(let string): text = string.trimmingCharacters(in: .whitespaces)
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: text = String(Int(number))
        default:
            issue(field, zh: "应为文字", en: "Must be text")
            return nil
        }
        guard text.count <= ParcelRecordReader.textLimit else {
            issue(field, zh: "超过 \(ParcelRecordReader.textLimit) 个字符", en: "Longer than \(ParcelRecordReader.textLimit) characters")
            return nil
        }
        return text
    }

    mutating func number(_ field: ParcelField, maximum: Double) -> Double? {
        guard let value = value(field) else { return nil }
        let number: Double?
        switch value {
        case .number(let n): number = n
        case .string(let s): number = Double(s.trimmingCharacters(in: .whitespaces))
        default: number = nil
        }
        guard let number, number.isFinite else {
            issue(field, zh: "应为数字", en: "Must be a number")
            return nil
        }
        guard number >= 0, number <= maximum else {
            issue(field, zh: "应在 0 到 \(Int(maximum)) 之间", en: "Must be between 0 and \(Int(maximum))")
            return nil
        }
        return number
    }

    mutating func date(_ field: ParcelField) -> LocalDate? {
        guard let text = text(field) else { return nil }
        guard let date = SpreadsheetDate.read(text) else {
            issue(field, zh: "日期应写作 YYYY-MM-DD（或为 Excel 日期单元格）", en: "Dates are written YYYY-MM-DD (or are Excel date cells)")
            return nil
        }
        return date
    }

    mutating func record(knownTowns: Set<String>) -> ParcelRecord? {
        let parcelNumber = text(.number)
        if parcelNumber == nil, !issues.contains(where: { $0.column == ParcelField.number.rawValue }) {
            issue(.number, zh: "缺少宗地编号", en: "The parcel number is missing")
        }
        let area = EllipsoidalArea.area(of: feature.geometry)
        var record = ParcelRecord(number: parcelNumber ?? "", geometry: feature.geometry, area: area)
        record.townCode = text(.town)
        if let town = record.townCode, !knownTowns.contains(town) {
            issue(.town, zh: "未知的镇街代码“\(town)”", en: "Unknown town code '\(town)'")
        }
        record.landUse = text(.landUse)
        if let code = text(.holderCreditCode) {
            do {
                record.holderCreditCode = try CreditCode(code).value
            } catch {
                issues.append(LocatedIssue(row: index, column: ParcelField.holderCreditCode.rawValue, reason: error.message))
            }
        }
        if let way = text(.supplyWay) {
            record.supplyWay = SupplyWay(text: way)
            if record.supplyWay == nil {
                issue(.supplyWay, zh: "供地方式应为 出让、划拨 或 租赁", en: "The supply way must be transfer, allocation or lease")
            }
        }
        record.supplyDate = date(.supplyDate)
        record.contractedStart = date(.contractedStart)
        record.contractedCompletion = date(.contractedCompletion)
        record.actualStart = date(.actualStart)
        record.approvedNotSuppliedSince = date(.approvedNotSuppliedSince)
        if let start = record.contractedStart, let end = record.contractedCompletion, end < start {
            issue(.contractedCompletion, zh: "约定竣工日期早于约定动工日期", en: "The contracted completion is before the contracted start")
        }
        record.committedInvestmentIntensityWan = number(.committedInvestmentIntensity, maximum: 1_000_000)
        record.committedTaxPerMuWan = number(.committedTaxPerMu, maximum: 1_000_000)
        record.committedPlotRatio = number(.committedPlotRatio, maximum: 100)
        record.checkedInvestmentIntensityWan = number(.checkedInvestmentIntensity, maximum: 1_000_000)
        record.checkedTaxPerMuWan = number(.checkedTaxPerMu, maximum: 1_000_000)
        record.plotRatio = number(.plotRatio, maximum: 100)
        record.floorAreaSquareMetres = number(.floorArea, maximum: 100_000_000)
        if let declared = number(.declaredArea, maximum: 100_000_000) {
            record.declaredArea = LandArea(squareMetres: declared)
            if let problem = DeclaredAreaCheck.problem(declared: LandArea(squareMetres: declared), computed: area) {
                issues.append(LocatedIssue(row: index, column: ParcelField.declaredArea.rawValue, reason: problem))
            }
        }
        record.isDemo = flag(.isDemo) ?? false
        return issues.isEmpty ? record : nil
    }

    /// A yes/no property: a JSON boolean, 1 or 0, or a cell as every import reads one.
    mutating func flag(_ field: ParcelField) -> Bool? {
        guard let value = value(field) else { return nil }
        switch value {
        case .bool(let flag): return flag
        case .number(let number) where number == 0 || number == 1: return number == 1
        case .string(let text):
            if let flag = RowReader.flag(text) { return flag }
            issues.append(LocatedIssue(row: index, column: field.rawValue, reason: RowReader.notAFlag(text)))
            return nil
        default:
            issues.append(LocatedIssue(row: index, column: field.rawValue, reason: RowReader.notAFlag(value.stringValue ?? "")))
            return nil
        }
    }
}
