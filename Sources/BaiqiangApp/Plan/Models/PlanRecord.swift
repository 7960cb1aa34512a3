import Fluent
import Vapor

/// One of the county's plans, stored as its plan file (YAML): a plan is imported, exported and
/// validated as one document, so it is kept as one. `version` grows with every change. A county
/// has one current plan; the others are archived (or drafts of the next one).
final class PlanRecord: Model, @unchecked Sendable {
    static let schema = "plans"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "code") var code: String
    @Field(key: "document") var document: String
    @Field(key: "version") var version: Int
    /// The plan the cockpit opens on; one per county.
    @Field(key: "is_current") var isCurrent: Bool
    /// Shown on the public page (政务公开).
    @Field(key: "is_published") var isPublished: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }

    init(code: String, document: String, version: Int, isCurrent: Bool, isPublished: Bool) {
        countyCode = CountyCode.heshan
        self.code = code
        self.document = document
        self.version = version
        self.isCurrent = isCurrent
        self.isPublished = isPublished
    }
}

extension PlanRecord: CountyOwned {}
