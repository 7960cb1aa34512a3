import Foundation

/// One firm's figures for one year (企业年度数据), as the statistics bureau reports them.
/// Amounts in 万元; a nil figure was not reported (an empty cell), which is not the same as 0.
public struct YearlyFigures: Sendable, Hashable {
    public var creditCode: CreditCode
    public var name: String
    /// The town (镇街) as written in the file, checked against the county's towns.
    public var town: String
    /// GB/T 4754-2017 code (normally a 4-digit class).
    public var industry: String
    public var year: Int
    /// 营业收入, 万元.
    public var revenueWan: Double?
    /// 工业总产值, 万元.
    public var outputWan: Double?
    /// 工业增加值, 万元.
    public var valueAddedWan: Double?
    /// 税收, 万元.
    public var taxWan: Double?
    /// 用电量, 万kWh.
    public var electricityWkwh: Double?
    /// 综合能耗, tce (吨标准煤).
    public var energyTce: Double?
    /// 主要污染物排放量, t.
    public var emissionT: Double?
    /// 研发费用, 万元.
    public var rdWan: Double?
    /// 从业人员 (average staff), persons.
    public var staff: Int?
    /// 用地面积, mu.
    public var landMu: Double?
    /// 是否规上: above-scale industrial enterprise that year.
    public var aboveScale: Bool

    public init(creditCode: CreditCode, name: String, town: String, industry: String, year: Int,
                revenueWan: Double? = nil, outputWan: Double? = nil, valueAddedWan: Double? = nil, taxWan: Double? = nil,
                electricityWkwh: Double? = nil, energyTce: Double? = nil, emissionT: Double? = nil, rdWan: Double? = nil,
                staff: Int? = nil, landMu: Double? = nil, aboveScale: Bool) {
        self.creditCode = creditCode
        self.name = name
        self.town = town
        self.industry = industry
        self.year = year
        self.revenueWan = revenueWan
        self.outputWan = outputWan
        self.valueAddedWan = valueAddedWan
        self.taxWan = taxWan
        self.electricityWkwh = electricityWkwh
        self.energyTce = energyTce
        self.emissionT = emissionT
        self.rdWan = rdWan
        self.staff = staff
        self.landMu = landMu
        self.aboveScale = aboveScale
    }
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
/// `credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,
/// electricity_wkwh,energy_tce,emission_t,rd_wan,staff,land_mu,above_scale`; the Chinese headers
/// are those of the statistics bureau's tables.
public enum YearlyFiguresFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "企业年度数据", en: "Yearly figures"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("name", chinese: ["企业名称", "单位名称", "单位详细名称"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("town", chinese: ["镇街", "所在镇街", "镇(街道)", "镇街名称"], kind: .town),
            ImportColumn("industry", chinese: ["行业代码", "国民经济行业代码", "行业代码(GB/T4754-2017)"], kind: .industryCode),
            ImportColumn("year", chinese: ["年份", "年度"], kind: .year),
            ImportColumn("revenue_wan", chinese: ["营业收入(万元)", "营业收入", "主营业务收入(万元)"], kind: .nonNegativeDecimal),
            ImportColumn("output_wan", chinese: ["工业总产值(万元)", "工业总产值", "工业总产值(当年价格)(万元)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("value_added_wan", chinese: ["工业增加值(万元)", "工业增加值"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("tax_wan", chinese: ["税收(万元)", "税收", "税收总额(万元)", "实缴税金(万元)"], kind: .nonNegativeDecimal),
            ImportColumn("electricity_wkwh", chinese: ["用电量(万千瓦时)", "用电量", "用电量(万kWh)", "用电量(万千瓦·时)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("energy_tce", chinese: ["综合能耗(吨标准煤)", "综合能耗", "综合能源消费量(吨标准煤)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("emission_t", chinese: ["主要污染物排放量(吨)", "主要污染物排放量", "污染物排放量(吨)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("rd_wan", chinese: ["研发费用(万元)", "研发费用", "研究与试验发展经费(万元)", "R&D经费(万元)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("staff", chinese: ["从业人员(人)", "从业人员", "从业人员平均人数(人)", "从业人员期末人数(人)"], required: false, kind: .nonNegativeInteger),
            ImportColumn("land_mu", chinese: ["用地面积(亩)", "用地面积", "实际用地面积(亩)", "占地面积(亩)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn("above_scale", chinese: ["是否规上", "是否规模以上", "规上企业", "是否规模以上企业"], kind: .boolean),
        ],
        keyColumns: ["credit_code", "year"])

    /// Parses and validates a whole file (CSV or XLSX); see `ImportParser.parse`.
    public static func parse(_ data: Data, reference: ImportReferenceData, sheet: String? = nil,
                             batches: ImportBatches<YearlyFigures>? = nil) throws -> ImportParseResult<YearlyFigures> {
        try ImportParser.parse(data, as: YearlyFiguresDecoder.self, spec: spec, reference: reference, sheet: sheet, batches: batches)
    }
}

/// Reads a yearly-figures row.
public struct YearlyFiguresDecoder: ImportRecordDecoder {
    let creditCode, name, town, industry, year: ImportColumnRef?
    let revenue, output, valueAdded, tax, electricity, energy, emission, rd, staff, land, aboveScale: ImportColumnRef?

    public init(mapping: HeaderMapping) {
        creditCode = mapping.column("credit_code")
        name = mapping.column("name")
        town = mapping.column("town")
        industry = mapping.column("industry")
        year = mapping.column("year")
        revenue = mapping.column("revenue_wan")
        output = mapping.column("output_wan")
        valueAdded = mapping.column("value_added_wan")
        tax = mapping.column("tax_wan")
        electricity = mapping.column("electricity_wkwh")
        energy = mapping.column("energy_tce")
        emission = mapping.column("emission_t")
        rd = mapping.column("rd_wan")
        staff = mapping.column("staff")
        land = mapping.column("land_mu")
        aboveScale = mapping.column("above_scale")
    }

    public func decode(_ row: inout RowReader) -> YearlyFigures? {
        // Every cell is read even after a failure, so the row reports all its problems at once.
        let code = row.creditCode(creditCode)
        let firmName = row.requiredText(name, .name)
        let townName = row.town(town)
        let category = row.industry(industry)
        let yearValue = row.year(year)
        let figures = (
            revenue: row.nonNegativeDecimal(revenue), output: row.nonNegativeDecimal(output),
            valueAdded: row.nonNegativeDecimal(valueAdded), tax: row.nonNegativeDecimal(tax),
            electricity: row.nonNegativeDecimal(electricity), energy: row.nonNegativeDecimal(energy),
            emission: row.nonNegativeDecimal(emission), rd: row.nonNegativeDecimal(rd),
            staff: row.nonNegativeInteger(staff), land: row.nonNegativeDecimal(land))
        let scale = row.boolean(aboveScale, required: true)
        guard let code, let firmName, let townName, let category, let yearValue, let scale, !row.hasIssues else { return nil }
        return YearlyFigures(
            creditCode: code, name: firmName, town: townName, industry: category.code, year: yearValue,
            revenueWan: figures.revenue, outputWan: figures.output, valueAddedWan: figures.valueAdded, taxWan: figures.tax,
            electricityWkwh: figures.electricity, energyTce: figures.energy, emissionT: figures.emission, rdWan: figures.rd,
            staff: figures.staff, landMu: figures.land, aboveScale: scale)
    }

    public func key(of record: YearlyFigures) -> CreditCodeYear {
        CreditCodeYear(creditCode: record.creditCode, year: record.year)
    }

    public func describe(_ key: CreditCodeYear) -> String {
        "\(key.creditCode)/\(key.year)"
    }
}
