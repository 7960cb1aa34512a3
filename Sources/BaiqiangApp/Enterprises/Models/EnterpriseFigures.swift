import Fluent
import SQLKit
import Vapor

/// A firm's figures for one year (年度数据), keyed by credit code and year. A missing figure is
/// null, not zero: the evaluation treats the two differently. Figures rows have integer ids the
/// database assigns in order: a random UUID key made SQLite insert a million imported rows into
/// random places of its primary-key tree, several times slower than appending.
///
/// The model declares the key and the scale only; the figures' columns are Core's
/// `YearlyFigure` list, read and written through `EnterpriseYearFigure+Columns.swift`.
final class EnterpriseYearFigure: Model, @unchecked Sendable {
    static let schema = "enterprise_year_figures"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "year") var year: Int
    @Field(key: "above_scale") var aboveScale: Bool

    init() {
        countyCode = CountyCode.heshan
    }
}

/// A firm's figures for one month (月度数据).
final class EnterpriseMonthFigure: Model, @unchecked Sendable {
    static let schema = "enterprise_month_figures"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "year") var year: Int
    @Field(key: "month") var month: Int
    @OptionalField(key: "revenue_wan") var revenueWan: Double?
    @OptionalField(key: "output_wan") var outputWan: Double?
    @OptionalField(key: "tax_wan") var taxWan: Double?
    @OptionalField(key: "electricity_wkwh") var electricityWanKWh: Double?

    init() {
        countyCode = CountyCode.heshan
    }
}

/// A designation (资质) a firm holds, with the year it was granted.
final class EnterpriseDesignation: Model, @unchecked Sendable {
    static let schema = "enterprise_designations"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "credit_code") var creditCode: String
    /// Core's `DesignationKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "year") var year: Int

    init() {
        countyCode = CountyCode.heshan
    }

    init(creditCode: String, kind: String, year: Int) {
        countyCode = CountyCode.heshan
        self.creditCode = creditCode
        self.kind = kind
        self.year = year
    }
}

/// The report of one import (导入报告), kept and shown.
final class ImportReportRecord: Model, @unchecked Sendable {
    static let schema = "import_reports"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "kind") var kind: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "actor") var actor: String
    @Field(key: "rows_read") var rowsRead: Int
    @Field(key: "inserted") var inserted: Int
    @Field(key: "updated") var updated: Int
    @Field(key: "rejected") var rejected: Int
    @Field(key: "partial") var partial: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }
}

extension EnterpriseYearFigure: CountyOwned {}
extension EnterpriseMonthFigure: CountyOwned {}
extension EnterpriseDesignation: CountyOwned {}
extension ImportReportRecord: CountyOwned {}
