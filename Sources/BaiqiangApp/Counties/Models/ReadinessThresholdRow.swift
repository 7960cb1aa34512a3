import BaiqiangCore
import Fluent
import Foundation

/// One county's readiness line (门槛), as Core's `ReadinessThreshold` describes it.
final class ReadinessThresholdRow: Model, @unchecked Sendable {
    static let schema = "readiness_thresholds"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "indicator") var indicator: String
    @Field(key: "value") var value: Double
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "publisher") var publisher: String
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "read_from_copy") var readFromCopy: Bool
    /// False once an edit replaced it or the county removed it.
    @Field(key: "is_current") var isCurrent: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {
        countyCode = CountyCode.heshan
    }

    init(_ threshold: ReadinessThreshold, countyCode: String, recordedBy: String, at: Date) {
        self.countyCode = countyCode
        indicator = threshold.indicator.rawValue
        value = threshold.value
        nameZh = threshold.name.zh
        nameEn = threshold.name.en
        publisher = threshold.citation.publisher
        title = threshold.citation.title
        publishedOn = threshold.citation.date
        address = threshold.citation.address
        readFromCopy = threshold.citation.readFromCopy
        isCurrent = true
        self.recordedBy = recordedBy
        recordedAt = at
    }

    var threshold: ReadinessThreshold? {
        guard let indicator = RegionalIndicator(rawValue: indicator) else { return nil }
        return ReadinessThreshold(indicator: indicator, value: value, name: BilingualText(zh: nameZh, en: nameEn),
                                  citation: Citation(publisher: publisher, title: title, date: publishedOn, address: address,
                                                     readFromCopy: readFromCopy))
    }
}

extension ReadinessThresholdRow: CountyOwned {}
