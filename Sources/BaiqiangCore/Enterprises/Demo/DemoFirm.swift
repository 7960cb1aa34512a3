/// One firm of the demo county. Every record is demo data (`isDemo`); a firm the plan names
/// (`planFirm != nil`) carries only the plan's statements and a placeholder credit code, and
/// none of the generated identity or figures.
public struct DemoFirm: Sendable, Hashable {
    /// Position in the county, 0-based; the same index always gives the same firm.
    public let index: Int
    /// 统一社会信用代码: valid, unique in the county; see `DemoCreditCodes` for the ranges.
    public let creditCode: String
    /// True when the code stands in for an unknown real one (the plan's named firms).
    public let creditCodeIsPlaceholder: Bool
    public let name: String
    /// Always true: the whole county is generated demo data.
    public let isDemo: Bool
    /// What the plan says of this firm, when it names it.
    public let planFirm: NamedPlanFirm?
    /// Town code from the county file.
    public let townCode: String?
    /// GB/T 4754-2017 class code.
    public let industryCode: String?
    public let address: String?
    /// The year the firm started operating (开业年份).
    public let startYear: Int?
    public let contact: DemoContact?
    public let designations: [Designation]
    public let history: LadderHistory
    public let listing: ListingStatus?
    /// 2021…2025, one per year the firm operated; empty for the plan's named firms.
    public let yearly: [EnterpriseYearFigures]
    /// The first month with activity in the start year (1 for a firm open all year).
    let startMonth: Int
    /// Keys the monthly split, so months can be made on demand without storing them.
    let monthlySeed: UInt64

    public var isNamedInPlan: Bool { planFirm != nil }

    /// The plan sector of the firm's industry class, as the default catalogue files it.
    public var sector: StrategicSector? {
        industryCode.flatMap(DemoIndustry.industry(code:))?.sector
    }

    /// The twelve months of every year in `yearly`, each month's figures summing exactly to the
    /// year's (to the 0.01 they are stated in). Made on demand: a million firms' months are
    /// sixty million rows, which a caller streams rather than keeps.
    public func monthly() -> [EnterpriseMonthFigures] {
        yearly.flatMap { year in
            DemoMonthlySplit.months(of: year, seed: monthlySeed, firstMonth: year.year == startYear ? startMonth : 1)
        }
    }

    /// The firm as the ladder rules see it.
    public var ladderFirm: LadderFirm {
        LadderFirm(creditCode: creditCode, name: name, history: history, listing: listing, figures: yearly, startYear: startYear)
    }

    /// The current ladder stage (at the end of the last demo year).
    public var ladderStage: LadderStage? {
        ladderFirm.stage(atEndOf: DemoCounty.years.upperBound)
    }
}
