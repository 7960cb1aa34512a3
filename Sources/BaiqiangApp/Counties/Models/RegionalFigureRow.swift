import BaiqiangCore
import Fluent
import Foundation

/// One stored regional figure (区县统计数据), as Core's `RegionalFigure` describes it. These are
/// published statistics of a whole prefecture, read by every county of it, so they are keyed by
/// the prefecture rather than by one county.
final class RegionalFigureRow: Model, @unchecked Sendable {
    static let schema = "regional_figures"

    @ID(key: .id) var id: UUID?
    @Field(key: "prefecture_code") var prefectureCode: String
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "indicator") var indicator: String
    @Field(key: "period") var period: String
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "growth_percent") var growthPercent: Double?
    @OptionalField(key: "publisher") var publisher: String?
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "read_from_copy") var readFromCopy: Bool
    @OptionalField(key: "correction_reason") var correctionReason: String?
    /// False once a correction replaced it.
    @Field(key: "is_current") var isCurrent: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    init(_ figure: RegionalFigure, prefecture: String, recordedBy: String, at: Date) {
        prefectureCode = prefecture
        unitCode = figure.unitCode
        indicator = figure.indicator.rawValue
        period = figure.period.description
        value = figure.value
        growthPercent = figure.growthPercent
        publisher = figure.citation?.publisher
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
        let citation = publisher.map { Citation(publisher: $0, title: title, date: publishedOn, address: address, readFromCopy: readFromCopy) }
        return RegionalFigure(unitCode: unitCode, indicator: indicator, period: period, value: value, growthPercent: growthPercent,
                              citation: citation, correctionReason: correctionReason)
    }
}
