/// The properties a parcels file may carry, by their English key, with the Chinese header the
/// bureau's own exports use. Either name is read; the export writes the English key.
public enum ParcelField: String, Sendable, CaseIterable {
    case number = "parcel_number"
    case town
    case landUse = "land_use"
    case holderCreditCode = "holder_credit_code"
    case supplyWay = "supply_way"
    case supplyDate = "supply_date"
    case contractedStart = "contracted_start"
    case contractedCompletion = "contracted_completion"
    case actualStart = "actual_start"
    case approvedNotSuppliedSince = "approved_not_supplied_since"
    case committedInvestmentIntensity = "committed_investment_intensity_wan_per_mu"
    case committedTaxPerMu = "committed_tax_per_mu_wan"
    case committedPlotRatio = "committed_plot_ratio"
    case checkedInvestmentIntensity = "checked_investment_intensity_wan_per_mu"
    case checkedTaxPerMu = "checked_tax_per_mu_wan"
    case plotRatio = "plot_ratio"
    case floorArea = "floor_area_m2"
    case declaredArea = "declared_area_m2"
    /// 演示数据: an export marks a demo parcel so that it stays labelled when read back.
    case isDemo = "is_demo"

    public var chinese: String {
        switch self {
        case .number: "宗地编号"
        case .town: "镇街"
        case .landUse: "用途"
        case .holderCreditCode: "使用权人统一社会信用代码"
        case .supplyWay: "供地方式"
        case .supplyDate: "供地日期"
        case .contractedStart: "约定动工日期"
        case .contractedCompletion: "约定竣工日期"
        case .actualStart: "实际动工日期"
        case .approvedNotSuppliedSince: "批而未供起始日期"
        case .committedInvestmentIntensity: "承诺投资强度"
        case .committedTaxPerMu: "承诺亩均税收"
        case .committedPlotRatio: "承诺容积率"
        case .checkedInvestmentIntensity: "核验投资强度"
        case .checkedTaxPerMu: "核验亩均税收"
        case .plotRatio: "容积率"
        case .floorArea: "建筑面积"
        case .declaredArea: "登记面积"
        case .isDemo: "演示数据"
        }
    }
}
