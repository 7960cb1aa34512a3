import Foundation

/// One firm's figures for one month (企业月度数据). Amounts in 万元; nil = not reported.
public struct MonthlyFigures: Sendable, Hashable {
    public var creditCode: CreditCode
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 营业收入, 万元.
    public var revenueWan: Double?
    /// 工业总产值, 万元.
    public var outputWan: Double?
    /// 税收, 万元.
    public var taxWan: Double?
    /// 用电量, 万kWh.
    public var electricityWkwh: Double?

    public init(creditCode: CreditCode, year: Int, month: Int, revenueWan: Double? = nil, outputWan: Double? = nil,
                taxWan: Double? = nil, electricityWkwh: Double? = nil) {
        self.creditCode = creditCode
        self.year = year
        self.month = month
        self.revenueWan = revenueWan
        self.outputWan = outputWan
        self.taxWan = taxWan
        self.electricityWkwh = electricityWkwh
    }
}

/// Credit code, year and month: what a monthly-figures row is upserted by.
public struct CreditCodeMonth: Sendable, Hashable {
    let packedCode: PackedCreditCode
    public let year: Int
    public let month: Int

    public init(creditCode: CreditCode, year: Int, month: Int) {
        packedCode = PackedCreditCode(creditCode)
        self.year = year
        self.month = month
    }

    public var creditCode: String { packedCode.text }
}

/// The monthly-figures file (企业月度数据导入文件): `credit_code,year,month,revenue_wan,
/// output_wan,tax_wan,electricity_wkwh`. The firm must already be in the registry (the app checks).
public enum MonthlyFiguresFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "企业月度数据", en: "Monthly figures"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("year", chinese: ["年份", "年度"], kind: .year),
            ImportColumn("month", chinese: ["月份", "月"], kind: .month),
            ImportColumn("revenue_wan", chinese: ["营业收入(万元)", "营业收入"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("output_wan", chinese: ["工业总产值(万元)", "工业总产值"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("tax_wan", chinese: ["税收(万元)", "税收"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("electricity_wkwh", chinese: ["用电量(万千瓦时)", "用电量", "用电量(万kWh)"], required: false, kind: .nonNegativeDecimal),
        ],
        keyColumns: ["credit_code", "year", "month"])

    public static func parse(_ data: Data, reference: ImportReferenceData, sheet: String? = nil,
                             batches: ImportBatches<MonthlyFigures>? = nil) throws -> ImportParseResult<MonthlyFigures> {
        try ImportParser.parse(data, as: MonthlyFiguresDecoder.self, spec: spec, reference: reference, sheet: sheet, batches: batches)
    }
}

/// Reads a monthly-figures row.
public struct MonthlyFiguresDecoder: ImportRecordDecoder {
    let creditCode, year, month, revenue, output, tax, electricity: ImportColumnRef?

    public init(mapping: HeaderMapping) {
        creditCode = mapping.column("credit_code")
        year = mapping.column("year")
        month = mapping.column("month")
        revenue = mapping.column("revenue_wan")
        output = mapping.column("output_wan")
        tax = mapping.column("tax_wan")
        electricity = mapping.column("electricity_wkwh")
    }

    public func decode(_ row: inout RowReader) -> MonthlyFigures? {
        // Monthly files carry no identity: a firm must be in the registry first.
        let code = row.registeredFirm(creditCode)
        let yearValue = row.year(year)
        let monthValue = row.month(month)
        let revenueValue = row.nonNegativeDecimal(revenue)
        let outputValue = row.nonNegativeDecimal(output)
        let taxValue = row.nonNegativeDecimal(tax)
        let electricityValue = row.nonNegativeDecimal(electricity)
        guard let code, let yearValue, let monthValue, !row.hasIssues else { return nil }
        return MonthlyFigures(creditCode: code, year: yearValue, month: monthValue, revenueWan: revenueValue,
                              outputWan: outputValue, taxWan: taxValue, electricityWkwh: electricityValue)
    }

    public func key(of record: MonthlyFigures) -> CreditCodeMonth {
        CreditCodeMonth(creditCode: record.creditCode, year: record.year, month: record.month)
    }

    public func describe(_ key: CreditCodeMonth) -> String {
        "\(key.creditCode)/\(key.year)-\(key.month)"
    }
}
