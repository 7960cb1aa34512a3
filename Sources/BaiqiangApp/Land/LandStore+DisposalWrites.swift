import BaiqiangCore
import Fluent
import Foundation

/// Recording a disposal by hand, moving it on and correcting it: each checked by
/// `DisposalCheck` against its parcel and the parcel's other disposals inside the audited
/// transaction, so a refused change writes nothing.
extension LandStore {
    /// A disposal the account may not see, or of a parcel it may not see: the same answer as
    /// one that does not exist.
    struct DisposalNotFound: BilingualError {
        var kind: FailureKind { .notFound }
        var message: BilingualText { BilingualText(zh: "没有这项处置或宗地", en: "No such disposal or parcel") }
    }

    /// Records `disposal` on its parcel, which the account must see and may write
    /// (`Permissions.Action.writeLand`); audited as `land.disposal.recorded`.
    func record(_ disposal: Disposal, writer: Writer) async throws -> UUID {
        guard let parcel = try await parcel(number: disposal.parcelNumber) else { throw DisposalNotFound() }
        try principal.permissions.require(.writeLand(townCode: parcel.townCode))
        let county = county
        return try await writer.transaction { db, audit in
            let others = try await LandDisposal.query(on: db, county: county).filter(\.$parcelNumber == parcel.number).all()
                .compactMap(\.disposal)
            let issues = DisposalCheck.issues(disposal, parcelArea: parcel.area, others: others)
            guard issues.isEmpty else { throw DisposalInputError(locatedIssues: issues) }
            let row = LandDisposal()
            row.apply(disposal, parcel: parcel, county: county, isDemo: false)
            try await row.create(on: db)
            let id = try row.requireID()
            try await audit.record(.landDisposalRecorded, entity: .landDisposal, id: id.uuidString,
                                   before: nil as DisposalSnapshot?, after: DisposalSnapshot(disposal))
            return id
        }
    }

    /// Moves a disposal on (`DisposalStatus.next`); audited as `land.disposal.advanced`.
    func advance(id: UUID, to status: DisposalStatus, completed: LocalDate?, reason: String?,
                 plotRatioAfter: Double?, taxPerMuAfterWan: Double?, writer: Writer) async throws {
        try await change(id: id, audited: .landDisposalAdvanced, reason: nil, writer: writer) { current in
            DisposalCheck.advance(current, to: status, completed: completed, reason: reason,
                                  plotRatioAfter: plotRatioAfter, taxPerMuAfterWan: taxPerMuAfterWan)
        }
    }

    /// Replaces a mistaken disposal's fields (its parcel stays), saying why; audited as
    /// `land.disposal.corrected` with the fields before and after.
    func correct(id: UUID, to corrected: Disposal, reason: String?, writer: Writer) async throws {
        var issues: [LocatedIssue] = []
        if reason?.isEmpty != false {
            issues.append(LocatedIssue(row: nil, column: DisposalField.reason.rawValue,
                                       reason: BilingualText(zh: "请写明更正原因", en: "Give the reason for the correction")))
        } else if let reason, let tooLong = FieldLimits.check(reason, .note) {
            issues.append(LocatedIssue(row: nil, column: DisposalField.reason.rawValue, reason: tooLong))
        }
        guard issues.isEmpty else { throw DisposalInputError(locatedIssues: issues) }
        try await change(id: id, audited: .landDisposalCorrected, reason: reason, writer: writer) { current in
            var replaced = corrected
            replaced.parcelNumber = current.parcelNumber
            return (replaced, [])
        }
    }

    private func change(id: UUID, audited action: AuditAction, reason: String?, writer: Writer,
                        _ make: @escaping @Sendable (Disposal) -> (disposal: Disposal, issues: [LocatedIssue])) async throws {
        guard let stored = try await disposal(id: id),
              let parcel = try await parcel(number: stored.disposal.parcelNumber) else { throw DisposalNotFound() }
        try principal.permissions.require(.writeLand(townCode: parcel.townCode))
        let county = county
        try await writer.transaction { db, audit in
            guard let row = try await LandDisposal.query(on: db, county: county).filter(\.$id == id).first(),
                  let current = row.disposal else { throw DisposalNotFound() }
            let (changed, refused) = make(current)
            guard refused.isEmpty else { throw DisposalInputError(locatedIssues: refused) }
            let others = try await LandDisposal.query(on: db, county: county).filter(\.$parcelNumber == current.parcelNumber)
                .filter(\.$id != id).all().compactMap(\.disposal)
            let issues = DisposalCheck.issues(changed, parcelArea: parcel.area, others: others)
            guard issues.isEmpty else { throw DisposalInputError(locatedIssues: issues) }
            row.apply(changed)
            try await row.update(on: db)
            try await audit.record(action, entity: .landDisposal, id: id.uuidString,
                                   before: DisposalSnapshot(current), after: DisposalSnapshot(changed, reason: reason))
        }
    }
}

/// A disposal as the audit log keeps it.
struct DisposalSnapshot: Codable, Sendable {
    var parcelNumber: String
    var action: String
    var areaSquareMetres: Double
    var started: String
    var plannedCompletion: String?
    var completed: String?
    var status: String
    var responsibleUnit: String?
    var note: String?
    var withdrawnReason: String?
    var plotRatioAfter: Double?
    var taxPerMuAfterWan: Double?
    /// Why it was corrected.
    var reason: String?

    enum CodingKeys: String, CodingKey {
        case action, started, completed, status, note, reason
        case parcelNumber = "parcel_number", areaSquareMetres = "area_m2", plannedCompletion = "planned_completion"
        case responsibleUnit = "responsible_unit", withdrawnReason = "withdrawn_reason"
        case plotRatioAfter = "plot_ratio_after", taxPerMuAfterWan = "tax_per_mu_after_wan"
    }

    init(_ disposal: Disposal, reason: String? = nil) {
        parcelNumber = disposal.parcelNumber
        action = disposal.action.rawValue
        areaSquareMetres = disposal.area.squareMetres
        started = disposal.started.description
        plannedCompletion = disposal.plannedCompletion?.description
        completed = disposal.completed?.description
        status = disposal.status.rawValue
        responsibleUnit = disposal.responsibleUnit
        note = disposal.note
        withdrawnReason = disposal.withdrawnReason
        plotRatioAfter = disposal.plotRatioAfter
        taxPerMuAfterWan = disposal.taxPerMuAfterWan
        self.reason = reason
    }
}
