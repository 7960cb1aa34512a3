import BaiqiangCore
import Testing

/// The one definition of which parcels a filter keeps.
@Suite("Parcel filter")
struct ParcelFilterTests {
    static func parcel(_ number: String, town: String? = "gonghe", holder: String? = nil, holderClass: EvaluationClass? = nil,
                       rules: [String] = [], disposal: DisposalStatus? = nil) -> EvaluatedParcel {
        var record = ParcelRecord(number: number, geometry: .polygon(Polygon(exterior: [])), area: LandArea(squareMetres: 1))
        record.townCode = town
        record.holderCreditCode = holder
        return EvaluatedParcel(record: record, isDemo: false, facts: ParcelFacts(holderClass: holderClass),
                               findings: rules.map { RuleFinding(ruleID: $0, name: BilingualText(zh: $0, en: $0), reason: .holderClassD) },
                               disposalStatus: disposal)
    }

    @Test("Text matches part of the number in any case, or the whole holder code")
    func text() {
        let parcel = Self.parcel("HS-2023-01", holder: "91440784MA4UAAAA1X")
        #expect(ParcelFilter(text: "hs-2023").matches(parcel))
        #expect(ParcelFilter(text: "91440784ma4uaaaa1x").matches(parcel))
        #expect(!ParcelFilter(text: "91440784").matches(parcel))
        #expect(!ParcelFilter(text: "HS-2024").matches(parcel))
    }

    @Test("Town, rule, disposal stage and class each keep their parcels only")
    func criteria() {
        let parcel = Self.parcel("P", town: "gonghe", holderClass: .d, rules: ["holder_class_d"], disposal: .planned)
        #expect(ParcelFilter(townCode: "gonghe").matches(parcel) && !ParcelFilter(townCode: "shaping").matches(parcel))
        #expect(ParcelFilter(rule: "holder_class_d").matches(parcel) && !ParcelFilter(rule: "idle_one_year").matches(parcel))
        #expect(ParcelFilter(disposal: .planned).matches(parcel) && !ParcelFilter(disposal: .completed).matches(parcel))
        #expect(!ParcelFilter(disposal: ParcelFilter.DisposalChoice.none).matches(parcel))
        #expect(ParcelFilter(disposal: ParcelFilter.DisposalChoice.none).matches(Self.parcel("Q")))
        #expect(ParcelFilter(holderClass: .d).matches(parcel) && !ParcelFilter(holderClass: .a).matches(parcel))
        #expect(ParcelFilter(holderClass: .unrated).matches(Self.parcel("Q")) && !ParcelFilter(holderClass: .unrated).matches(parcel))
    }

    @Test("The latest disposal is the one started last")
    func latest() {
        func disposal(_ started: String, _ status: DisposalStatus) -> Disposal {
            Disposal(parcelNumber: "P", action: .redevelopment, area: LandArea(squareMetres: 1), started: LocalDate(iso: started)!, status: status)
        }
        #expect(EvaluatedParcel.latestStatus(of: [disposal("2024-01-01", .planned), disposal("2022-01-01", .completed)]) == .planned)
        #expect(EvaluatedParcel.latestStatus(of: []) == nil)
    }
}
