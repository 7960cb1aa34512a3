import Foundation

/// One row of the yearly-figures file (企业年度数据): who the firm is, as the statistics bureau
/// writes it, and its figures for the year (`EnterpriseYearFigures`, missing figures nil).
public struct YearlyFiguresRow: Sendable, Hashable {
    public var creditCode: CreditCode
    public var name: String
    /// The town (镇街) as written in the file, checked against the county's towns.
    public var town: String
    /// GB/T 4754-2017 code (normally a 4-digit class).
    public var industry: String
    public var figures: EnterpriseYearFigures
    /// The firm is generated demo data (演示数据), as an export of a demo firm marks it.
    public var isDemo: Bool

    public init(creditCode: CreditCode, name: String, town: String, industry: String, figures: EnterpriseYearFigures,
                isDemo: Bool = false) {
        self.creditCode = creditCode
        self.name = name
        self.town = town
        self.industry = industry
        self.figures = figures
        self.isDemo = isDemo
    }

    public var year: Int { figures.year }
}

/// Credit code and year: what a yearly-figures row is upserted by.
public struct CreditCodeYear: Sendable, Hashable {
    let packedCode: PackedCreditCode
    public let year: Int

    public init(creditCode: CreditCode, year: Int) {
        packedCode = PackedCreditCode(creditCode)
        self.year = year
    }

    public var creditCode: String { packedCode.text }
}

/// The yearly-figures file (企业年度数据导入文件). Its English header is exactly
/// `credit_code,name,town,industry,year`, then every `YearlyFigure`'s key in order, then
/// `above_scale` and the optional `is_demo`; the Chinese headers are those of the statistics
/// bureau's tables.
public enum YearlyFiguresFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "企业年度数据", en: "Yearly figures"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("name", chinese: ["企业名称", "单位名称", "单位详细名称"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("town", chinese: ["镇街", "所在镇街", "镇(街道)", "镇街名称"], kind: .town),
            ImportColumn("industry", chinese: ["行业代码", "国民经济行业代码", "行业代码(GB/T4754-2017)"], kind: .industryCode),
            ImportColumn("year", chinese: ["年份", "年度"], kind: .year),
        ] + YearlyFigure.allCases.map(column) + [
            ImportColumn("above_scale", chinese: ["是否规上", "是否规模以上", "规上企业", "是否规模以上企业"], kind: .boolean),
            EnterpriseIdentityFile.demoColumn,
        ],
        keyColumns: ["credit_code", "year"])

    /// A figure's column: its key as the English header, its Chinese headers, and a check of a
    /// whole or decimal number within its limits (`YearlyFigure.valueKind`).
    static func column(_ figure: YearlyFigure) -> ImportColumn {
        ImportColumn(figure.column, chinese: figure.chineseHeaders, required: figure.columnRequired, kind: figure.valueKind)
    }

    /// Parses and validates a whole file (CSV or XLSX); see `ImportParser.parse`.
    public static func parse(_ data: Data, reference: ImportReferenceData, sheet: String? = nil,
                             batches: ImportBatches<YearlyFiguresRow>? = nil) throws -> ImportParseResult<YearlyFiguresRow> {
        try ImportParser.parse(data, as: YearlyFiguresDecoder.self, spec: spec, reference: reference, sheet: sheet, batches: batches)
    }
}

/// Reads a yearly-figures row.
public struct YearlyFiguresDecoder: ImportRecordDecoder {
    let creditCode, name, town, industry, year, aboveScale, isDemo: ImportColumnRef?
    /// Each figure's column in the file (nil when the file lacks an optional one), in `YearlyFigure` order.
    let figures: [(figure: YearlyFigure, column: ImportColumnRef?)]

    public init(mapping: HeaderMapping) {
        creditCode = mapping.column("credit_code")
        name = mapping.column("name")
        town = mapping.column("town")
        industry = mapping.column("industry")
        year = mapping.column("year")
        aboveScale = mapping.column("above_scale")
        isDemo = mapping.column("is_demo")
        figures = YearlyFigure.allCases.map { ($0, mapping.column($0.column)) }
    }

    public func decode(_ row: inout RowReader) -> YearlyFiguresRow? {
        // Every cell is read even after a failure, so the row reports all its problems at once.
        let code = row.creditCode(creditCode)
        let firmName = row.requiredText(name, .name)
        let townName = row.town(town)
        let category = row.industry(industry)
        let yearValue = row.year(year)
        var values = EnterpriseYearFigures(creditCode: "", year: 0, aboveScale: false)
        for (figure, column) in figures {
            values[figure] = figure.isInteger ? row.nonNegativeInteger(column).map(Double.init) : row.nonNegativeDecimal(column)
        }
        let scale = row.boolean(aboveScale, required: true)
        let demo = row.boolean(isDemo) ?? false
        guard let code, let firmName, let townName, let category, let yearValue, let scale, !row.hasIssues else { return nil }
        values.creditCode = code.value
        values.year = yearValue
        values.aboveScale = scale
        return YearlyFiguresRow(creditCode: code, name: firmName, town: townName, industry: category.code, figures: values, isDemo: demo)
    }

    public func key(of record: YearlyFiguresRow) -> CreditCodeYear {
        CreditCodeYear(creditCode: record.creditCode, year: record.year)
    }

    public func describe(_ key: CreditCodeYear) -> String {
        "\(key.creditCode)/\(key.year)"
    }
}
