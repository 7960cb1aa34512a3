import Fluent
import Vapor

/// 镇街: a town or subdistrict of the county.
public final class Town: Model, Content, @unchecked Sendable {
    public static let schema = "towns"

    @ID(key: .id) public var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") public var countyCode: String
    @Field(key: "code") public var code: String
    @Field(key: "name_zh") public var nameZh: String
    @Field(key: "name_en") public var nameEn: String

    public init() {
        countyCode = CountyCode.heshan
    }

    public init(code: String, nameZh: String, nameEn: String) {
        countyCode = CountyCode.heshan
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }
}

extension Town: CountyOwned {}
