import BaiqiangCore
import Fluent
import Foundation

/// A disposal of low-efficiency land (低效用地处置), as Core's `Disposal` describes it.
final class LandDisposal: Model, @unchecked Sendable {
    static let schema = "land_disposals"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "parcel_number") var parcelNumber: String
    /// The parcel's town, copied so a town account's reads narrow without a join.
    @OptionalField(key: "town_code") var townCode: String?
    @OptionalField(key: "holder_credit_code") var holderCreditCode: String?
    @Field(key: "action") var action: String
    @Field(key: "area_m2") var area: Double
    @Field(key: "started") var started: String
    @OptionalField(key: "completed") var completed: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "responsible_unit") var responsibleUnit: String?
    @Field(key: "is_demo") var isDemo: Bool
    @OptionalField(key: "planned_completion") var plannedCompletion: String?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "withdrawn_reason") var withdrawnReason: String?
    @OptionalField(key: "plot_ratio_after") var plotRatioAfter: Double?
    @OptionalField(key: "tax_per_mu_after_wan") var taxPerMuAfterWan: Double?

    init() {
        countyCode = CountyCode.heshan
    }

    var disposal: Disposal? {
        guard let action = DisposalAction(rawValue: action), let status = DisposalStatus(rawValue: status),
              let started = LocalDate(iso: started) else { return nil }
        return Disposal(parcelNumber: parcelNumber, action: action, area: LandArea(squareMetres: area), started: started,
                        plannedCompletion: plannedCompletion.flatMap(LocalDate.init(iso:)),
                        completed: completed.flatMap(LocalDate.init(iso:)), status: status, responsibleUnit: responsibleUnit,
                        note: note, withdrawnReason: withdrawnReason, plotRatioAfter: plotRatioAfter, taxPerMuAfterWan: taxPerMuAfterWan)
    }

    func apply(_ disposal: Disposal, parcel: ParcelRecord, county: String, isDemo: Bool) {
        countyCode = county
        townCode = parcel.townCode
        holderCreditCode = parcel.holderCreditCode
        self.isDemo = isDemo
        apply(disposal)
    }

    /// The disposal's own fields, leaving where it belongs as it is.
    func apply(_ disposal: Disposal) {
        parcelNumber = disposal.parcelNumber
        action = disposal.action.rawValue
        area = disposal.area.squareMetres
        started = disposal.started.description
        completed = disposal.completed?.description
        status = disposal.status.rawValue
        responsibleUnit = disposal.responsibleUnit
        plannedCompletion = disposal.plannedCompletion?.description
        note = disposal.note
        withdrawnReason = disposal.withdrawnReason
        plotRatioAfter = disposal.plotRatioAfter
        taxPerMuAfterWan = disposal.taxPerMuAfterWan
    }
}

extension LandDisposal: ScopedByCode {
    static var townCodeColumn: FieldKey { "town_code" }
    static var creditCodeColumn: FieldKey { "holder_credit_code" }
}
