import Foundation

/// The regional-figures file (区县统计数据导入文件), one figure a row as a statistics bureau's
/// bulletin table gives it: unit, indicator, period, value and growth, and where it was published.
/// Its English header is `unit,indicator,period,value,growth_percent,publisher,title,date,address,
/// read_from_copy,correction_reason`.
public enum RegionalFiguresFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "区县统计数据", en: "Regional figures"),
        columns: [
            ImportColumn("unit", chinese: ["区县", "地区", "县（市、区）"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("indicator", chinese: ["指标", "指标名称"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("period", chinese: ["期间", "统计期", "时间"], kind: .text(nonEmpty: true, field: .code)),
            ImportColumn("value", chinese: ["数值", "绝对值", "本期"], required: false, kind: .decimal(in: -magnitude...magnitude)),
            ImportColumn("growth_percent", chinese: ["增速", "同比增长", "增长（%）", "同比增长(%)"], required: false,
                         kind: .decimal(in: -magnitude...magnitude)),
            ImportColumn("publisher", chinese: ["发布机构", "来源"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("title", chinese: ["标题", "文件名称"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("date", chinese: ["发布日期", "日期"], required: false, kind: .text(nonEmpty: false, field: .code)),
            ImportColumn("address", chinese: ["网址", "地址", "文号"], required: false, kind: .text(nonEmpty: false, field: .address)),
            ImportColumn("read_from_copy", chinese: ["转载件", "据转载"], required: false, kind: .boolean),
            ImportColumn("correction_reason", chinese: ["更正原因"], required: false, kind: .text(nonEmpty: false, field: RegionalFigureCheck.correctionReasonField)),
        ],
        keyColumns: ["unit", "indicator", "period"])

    static let magnitude = FieldLimits.maximumMagnitude

    /// A template: the header in Chinese and one example row, a published Heshan figure.
    public static let template = """
        区县,指标,期间,数值,增速,发布机构,标题,发布日期,网址,转载件,更正原因
        鹤山市,地区生产总值,2023,502.87,6.2,鹤山市人民政府网,2023年统计公报,,heshan.gov.cn post_3030235,是,

        """

    /// Parses a whole file (CSV or XLSX). Unit names are read as the prefecture's unit codes;
    /// the figures' own checks (`RegionalFigureCheck`) come after, against what is stored.
    public static func parse(_ data: Data, prefecture: PrefectureProfile, sheet: String? = nil) throws -> ImportParseResult<RegionalFigure> {
        var result = try ImportParser.parse(data, as: RegionalFiguresDecoder.self, spec: spec,
                                            reference: ImportReferenceData(industries: try IndustryClassification.bundled(), towns: nil),
                                            sheet: sheet)
        result.records = result.records.map { imported in
            var figure = imported.record
            figure.unitCode = prefecture.units.first { unit in
                unit.code == figure.unitCode || unit.name.zh == figure.unitCode || unit.name.en.caseInsensitiveCompare(figure.unitCode) == .orderedSame
            }?.code ?? figure.unitCode
            return ImportedRow(row: imported.row, record: figure)
        }
        return result
    }
}

/// Reads a regional-figures row.
public struct RegionalFiguresDecoder: ImportRecordDecoder {
    let unit, indicator, period, value, growth, publisher, title, date, address, readFromCopy, correction: ImportColumnRef?

    public init(mapping: HeaderMapping) {
        unit = mapping.column("unit")
        indicator = mapping.column("indicator")
        period = mapping.column("period")
        value = mapping.column("value")
        growth = mapping.column("growth_percent")
        publisher = mapping.column("publisher")
        title = mapping.column("title")
        date = mapping.column("date")
        address = mapping.column("address")
        readFromCopy = mapping.column("read_from_copy")
        correction = mapping.column("correction_reason")
    }

    public func decode(_ row: inout RowReader) -> RegionalFigure? {
        let unitText = row.requiredText(unit, .name)
        let indicatorText = row.requiredText(indicator, .name)
        let known = indicatorText.flatMap(RegionalIndicator.init(label:))
        if indicatorText != nil, known == nil {
            row.report(indicator, BilingualText(zh: "未知的指标“\(indicatorText ?? "")”", en: "unknown indicator '\(indicatorText ?? "")'"))
        }
        let periodText = row.requiredText(period, .code)
        // A spreadsheet stores a year typed as a number as `2023.0`.
        let parsedPeriod = periodText.flatMap { StatisticalPeriod(text: $0.hasSuffix(".0") ? String($0.dropLast(2)) : $0) }
        if periodText != nil, parsedPeriod == nil {
            row.report(period, BilingualText(zh: "期间应写作 2023 或 2024-05", en: "write the period as 2023 or 2024-05"))
        }
        let number = row.decimal(value, in: -RegionalFiguresFile.magnitude...RegionalFiguresFile.magnitude)
        let rate = row.decimal(growth, in: -RegionalFiguresFile.magnitude...RegionalFiguresFile.magnitude)
        let source = row.requiredText(publisher, .name)
        let citation = source.map { publisher in
            Citation(publisher: publisher, title: row.optionalText(title, .name), date: row.optionalText(date, .code),
                     address: row.optionalText(address, .address), readFromCopy: row.boolean(readFromCopy) ?? false)
        }
        let reason = row.optionalText(correction, RegionalFigureCheck.correctionReasonField)
        guard let unitText, let known, let parsedPeriod, let citation, !row.hasIssues else { return nil }
        return RegionalFigure(unitCode: unitText, indicator: known, period: parsedPeriod, value: number, growthPercent: rate,
                              citation: citation, correctionReason: reason)
    }

    public func key(of record: RegionalFigure) -> RegionalFigure.Key { record.key }

    public func describe(_ key: RegionalFigure.Key) -> String {
        "\(key.unitCode)/\(key.indicator.rawValue)/\(key.period)"
    }
}
