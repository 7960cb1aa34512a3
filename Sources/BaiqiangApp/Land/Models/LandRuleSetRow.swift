import Fluent
import Foundation

/// One version of a county's low-efficiency rules file (低效用地认定规则), as saved; the highest
/// version is in force. A county that never saved one uses the shipped file.
final class LandRuleSetRow: Model, @unchecked Sendable {
    static let schema = "land_rule_sets"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "version") var version: Int
    @Field(key: "yaml") var yaml: String
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}
