import BaiqiangCore
import Fluent
import Foundation

/// One stored figure of a reference county, filed under the county's name in the list.
final class ReferenceFigureRow: Model, @unchecked Sendable {
    static let schema = "reference_county_figures"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "reference_name") var referenceName: String
    @Field(key: "indicator") var indicator: String
    @Field(key: "period") var period: String
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "growth_percent") var growthPercent: Double?
    @Field(key: "publisher") var publisher: String
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "read_from_copy") var readFromCopy: Bool
    @OptionalField(key: "correction_reason") var correctionReason: String?
    /// False once a correction replaced it.
    @Field(key: "is_current") var isCurrent: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {
        countyCode = CountyCode.heshan
    }

    init(_ figure: RegionalFigure, countyCode: String, recordedBy: String, at: Date) {
        self.countyCode = countyCode
        referenceName = figure.unitCode
        indicator = figure.indicator.rawValue
        period = figure.period.description
        value = figure.value
        growthPercent = figure.growthPercent
        publisher = figure.citation?.publisher ?? ""
        title = figure.citation?.title
        publishedOn = figure.citation?.date
        address = figure.citation?.address
        readFromCopy = figure.citation?.readFromCopy ?? false
        correctionReason = figure.correctionReason
        isCurrent = true
        self.recordedBy = recordedBy
        recordedAt = at
    }

    var figure: RegionalFigure? {
        guard let indicator = RegionalIndicator(rawValue: indicator), let period = StatisticalPeriod(text: period) else { return nil }
        return RegionalFigure(unitCode: referenceName, indicator: indicator, period: period, value: value, growthPercent: growthPercent,
                              citation: Citation(publisher: publisher, title: title, date: publishedOn, address: address,
                                                 readFromCopy: readFromCopy),
                              correctionReason: correctionReason)
    }
}

extension ReferenceFigureRow: CountyOwned {}
