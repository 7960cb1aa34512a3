import Fluent
import Vapor

/// 镇街: a town or subdistrict of the county.
public final class Town: Model, Content, @unchecked Sendable {
    public static let schema = "towns"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_zh") public var nameZh: String
    @Field(key: "name_en") public var nameEn: String

    public init() {}

    public init(code: String, nameZh: String, nameEn: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }
}
