import Fluent
import Vapor

/// The county's current plan, stored as its plan file (YAML): the plan is imported, exported and
/// validated as one document, so it is kept as one. `version` grows with every change.
final class PlanRecord: Model, @unchecked Sendable {
    static let schema = "plans"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "code") var code: String
    @Field(key: "document") var document: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }

    init(code: String, document: String, version: Int) {
        countyCode = CountyCode.heshan
        self.code = code
        self.document = document
        self.version = version
    }
}

extension PlanRecord: CountyOwned {}
