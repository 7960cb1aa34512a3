import BaiqiangCore
import Fluent
import Foundation

/// One county's reference county (对标县), as Core's `ReferenceCounty` describes it, without its
/// figures (kept in `ReferenceFigureRow`).
final class ReferenceCountyRow: Model, @unchecked Sendable {
    static let schema = "reference_counties"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "name") var name: String
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "province") var province: String
    @OptionalField(key: "membership") var membership: String?
    @OptionalField(key: "membership_publisher") var membershipPublisher: String?
    @OptionalField(key: "membership_title") var membershipTitle: String?
    /// True once the county took it off its list.
    @Field(key: "is_removed") var isRemoved: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {
        countyCode = CountyCode.heshan
    }

    init(_ county: ReferenceCounty, countyCode: String, recordedBy: String, at: Date) {
        self.countyCode = countyCode
        name = county.code
        nameEn = county.name.en == county.code ? nil : county.name.en
        province = county.province
        membership = county.membership.zh.isEmpty ? nil : county.membership.zh
        membershipPublisher = county.membershipCitation?.publisher
        membershipTitle = county.membershipCitation?.title
        isRemoved = false
        self.recordedBy = recordedBy
        recordedAt = at
    }

    /// The county it describes, with `figures`.
    func county(figures: [RegionalFigure]) -> ReferenceCounty {
        // The shipped starting list is bilingual; a county typed in reads the same in both.
        let shipped = ReferenceCounty.guangdong2022.first { $0.code == name && $0.membership.zh == membership }
        return ReferenceCounty(code: name, name: BilingualText(zh: name, en: nameEn ?? name), province: province,
                               membership: shipped?.membership ?? BilingualText(zh: membership ?? "", en: membership ?? ""),
                               membershipCitation: membershipPublisher.map { Citation(publisher: $0, title: membershipTitle) },
                               figures: figures)
    }
}

extension ReferenceCountyRow: CountyOwned {}
