import BaiqiangCore
import Fluent
import Vapor

/// 部门: a bureau of the county government (工信局, 自然资源局 …).
public final class Department: Model, Content, @unchecked Sendable {
    public static let schema = "departments"

    @ID(key: .id) public var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") public var countyCode: String
    @Field(key: "code") public var code: String
    @Field(key: "name_zh") public var nameZh: String
    @Field(key: "name_en") public var nameEn: String
    /// 诉求中心: accepts and routes enterprise demands.
    @Field(key: "is_demand_centre") public var isDemandCentre: Bool
    /// The other parts the county profile gives this department (`UnitDesignation.text`): the
    /// land bureau, the discipline office. The demand centre keeps its own older column.
    @Field(key: "designations") public var designationText: String

    public init() {
        countyCode = CountyCode.heshan
        designationText = ""
    }

    public init(code: String, nameZh: String, nameEn: String, isDemandCentre: Bool, designations: Set<UnitDesignation> = []) {
        countyCode = CountyCode.heshan
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.isDemandCentre = isDemandCentre || designations.contains(.demandCentre)
        designationText = UnitDesignation.text(designations.subtracting([.demandCentre]))
    }

    /// Every part this department plays, the demand centre included.
    public var designations: Set<UnitDesignation> {
        var set = UnitDesignation.parse(designationText)
        if isDemandCentre { set.insert(.demandCentre) }
        return set
    }
}

extension Department: CountyOwned {}
