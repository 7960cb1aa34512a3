import Fluent
import SQLKit
import Vapor

/// One run of the per-mu evaluation (亩均评价): a method applied to one year's figures. A run is
/// never changed afterwards; running again makes a new version.
final class EvaluationRun: Model, @unchecked Sendable {
    static let schema = "evaluation_runs"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "year") var year: Int
    /// The n-th run of this year.
    @Field(key: "version") var version: Int
    @Field(key: "method_id") var methodID: String
    @Field(key: "method_name_zh") var methodNameZh: String
    @Field(key: "method_name_en") var methodNameEn: String
    /// The method as it was applied (its YAML-derived definition as JSON), so a later edit of the
    /// method file cannot change what a run meant.
    @Field(key: "method_definition") var methodDefinition: String
    /// `registry` or the uploaded file's name.
    @Field(key: "source") var source: String
    /// SHA-256 of the input as evaluated (the CSV the engine read).
    @Field(key: "input_digest") var inputDigest: String
    @Field(key: "actor") var actor: String
    @Field(key: "firm_count") var firmCount: Int
    /// Class counts as JSON, e.g. {"A":12,"B":40,…}.
    @Field(key: "class_counts") var classCounts: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// When the run was adopted as the year's result (发布); nil while it is a draft.
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// The account that published it.
    @OptionalField(key: "published_by") var publishedBy: String?
    /// Core's `GroupSummary` of each group as JSON (benchmarks, fill-in points): with the method
    /// definition, what each result's facts are explained against. Nil for runs that stored
    /// whole explanations.
    @OptionalField(key: "group_summaries") var groupSummaries: String?

    /// A published run decides: the consecutive-D list, the land rules, the plan's figure and what
    /// the firm sees. A draft is a what-if.
    var isPublished: Bool { publishedAt != nil }

    init() {
        countyCode = CountyCode.heshan
    }
}

/// A firm's outcome in a run, with the explanation shown to the firm.
final class EvaluationResultRecord: Model, @unchecked Sendable {
    static let schema = "evaluation_results"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "run_id") var runID: UUID
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "name") var name: String
    @Field(key: "town") var town: String
    @Field(key: "industry") var industry: String
    /// `above` or `below`.
    @Field(key: "group_name") var group: String
    /// A, B, C, D, T or out.
    @Field(key: "class") var evaluationClass: String
    @OptionalField(key: "score") var score: Double?
    @OptionalField(key: "rank") var rank: Int?
    /// The firm's `FirmFacts` as their short JSON (`FirmFacts.json`), from which the explanation
    /// is written when it is read; runs made before group summaries were stored keep Core's whole
    /// `FirmExplanation` as JSON here.
    @Field(key: "explanation") var explanation: String

    init() {
        countyCode = CountyCode.heshan
    }
}

extension EvaluationResultRecord: ScopedByCode {
    static var townCodeColumn: FieldKey { "town" }
    static var creditCodeColumn: FieldKey { "credit_code" }
}

extension EvaluationRun: CountyOwned {}
extension EvaluationResultRecord: CountyOwned {}
