import BaiqiangCore
import Fluent
import Foundation

/// A key project's investment in one month of a year (亿元): `month` 0 holds the year's plan,
/// 1…12 what was completed in that month.
final class ProjectInvestment: Model, @unchecked Sendable {
    static let schema = "project_investments"
    /// The month number under which the year's planned investment is kept.
    static let planMonth = 0

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "month") var month: Int
    @Field(key: "amount_yi") var amountYi: Double

    init() {
        countyCode = CountyCode.heshan
    }

    convenience init(projectID: UUID, county: String, year: Int, month: Int, amountYi: Double) {
        self.init()
        countyCode = county
        self.projectID = projectID
        self.year = year
        self.month = month
        self.amountYi = amountYi
    }
}
