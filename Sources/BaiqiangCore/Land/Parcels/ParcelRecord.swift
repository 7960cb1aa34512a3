/// An industrial parcel (宗地) as the natural resources bureau keeps it: identity, holder, supply,
/// contract dates, standard-land commitments (标准地承诺), what was built, and the shape. Areas are
/// kept in square metres and shown in mu and hectares.
public struct ParcelRecord: Sendable, Hashable {
    /// The parcel number (宗地编号), unique within the county.
    public var number: String
    /// The town's code (镇街).
    public var townCode: String?
    /// Land use (用途), as the bureau writes it (e.g. 工业用地).
    public var landUse: String?
    /// The holder firm's unified social credit code (土地使用权人).
    public var holderCreditCode: String?
    public var supplyWay: SupplyWay?
    public var supplyDate: LocalDate?
    /// Contracted start and completion of construction (约定动工/竣工日期) and the actual start.
    public var contractedStart: LocalDate?
    public var contractedCompletion: LocalDate?
    public var actualStart: LocalDate?
    /// Approved for construction use but not yet supplied (批而未供) since this day.
    public var approvedNotSuppliedSince: LocalDate?
    /// Standard-land commitments: investment intensity (万元/亩), tax per mu (万元/亩), plot ratio.
    public var committedInvestmentIntensityWan: Double?
    public var committedTaxPerMuWan: Double?
    public var committedPlotRatio: Double?
    /// What the check after production found for the same indicators; nil until checked.
    public var checkedInvestmentIntensityWan: Double?
    public var checkedTaxPerMuWan: Double?
    /// Plot ratio (容积率) and floor area (建筑面积, m²) as built.
    public var plotRatio: Double?
    public var floorAreaSquareMetres: Double?
    /// The area the file declared, if any; the kept area is the geometry's.
    public var declaredArea: LandArea?
    /// The area of the geometry on the CGCS2000 ellipsoid.
    public var area: LandArea
    /// Longitude-latitude (EPSG:4490/4326).
    public var geometry: ParcelGeometry
    /// Generated demo data (演示数据): labelled wherever shown, never counted as the county's own.
    public var isDemo = false

    public init(number: String, geometry: ParcelGeometry, area: LandArea) {
        self.number = number
        self.geometry = geometry
        self.area = area
    }

    /// The standard-land indicators that have a commitment, with what the check found.
    public var standardLandChecks: [StandardLandCheck] {
        var checks: [StandardLandCheck] = []
        if let committed = committedInvestmentIntensityWan {
            checks.append(StandardLandCheck(indicator: "投资强度 investment intensity", committed: committed, actual: checkedInvestmentIntensityWan))
        }
        if let committed = committedTaxPerMuWan {
            checks.append(StandardLandCheck(indicator: "亩均税收 tax per mu", committed: committed, actual: checkedTaxPerMuWan))
        }
        return checks
    }

    /// The facts the low-efficiency rules look at, given what the register and the evaluation
    /// say of the holder.
    public func facts(holderClass: EvaluationClass?, holderTaxPerMuWan: Double?) -> ParcelFacts {
        ParcelFacts(holderClass: holderClass, holderTaxPerMuWan: holderTaxPerMuWan, plotRatio: plotRatio,
                    committedPlotRatio: committedPlotRatio, contractedStart: contractedStart, actualStart: actualStart,
                    approvedNotSuppliedSince: approvedNotSuppliedSince, standardLandChecks: standardLandChecks)
    }
}
