import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/land/disposals`: the disposals the account may see, by cursor, filtered by town and
/// status; recording one on a parcel; moving one on or correcting it. Writes are allowed as on
/// the pages (`Permissions.Action.writeLand`) and checked by `DisposalCheck`.
struct LandDisposalAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.landDisposals.components, use: list)
        api.post(SiteURL.API.landParcelDisposals(number: .placeholder(.number)).components, use: create)
        api.patch(SiteURL.API.landDisposal(id: .placeholder(.id)).components, use: update)
    }

    struct DisposalItem: Content {
        var id: String
        var parcelNumber: String
        var town: String?
        var action: String
        var areaSquareMetres: Double
        var areaMu: Double
        var started: String
        var plannedCompletion: String?
        var completed: String?
        var status: String
        var responsibleUnit: String?
        var note: String?
        var withdrawnReason: String?
        var plotRatioAfter: Double?
        var taxPerMuAfter: Double?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, town, action, started, completed, status, note
            case parcelNumber = "parcel_number", areaSquareMetres = "area_m2", areaMu = "area_mu"
            case plannedCompletion = "planned_completion", responsibleUnit = "responsible_unit"
            case withdrawnReason = "withdrawn_reason", plotRatioAfter = "plot_ratio_after", taxPerMuAfter = "tax_per_mu_after"
            case isDemo = "is_demo"
        }

        init(_ stored: StoredDisposal) {
            let d = stored.disposal
            id = stored.id.uuidString.lowercased()
            parcelNumber = d.parcelNumber
            town = stored.townCode
            action = d.action.rawValue
            areaSquareMetres = (d.area.squareMetres * 100).rounded() / 100
            areaMu = (d.area.mu * 10_000).rounded() / 10_000
            started = d.started.description
            plannedCompletion = d.plannedCompletion?.description
            completed = d.completed?.description
            status = d.status.rawValue
            responsibleUnit = d.responsibleUnit
            note = d.note
            withdrawnReason = d.withdrawnReason
            plotRatioAfter = d.plotRatioAfter
            taxPerMuAfter = d.taxPerMuAfterWan
            isDemo = stored.isDemo
        }
    }

    /// A disposal's fields as JSON sends them; for a new one, for a correction (with `reason`),
    /// or for a move (`status` with what it needs).
    struct Body: Content {
        var action: String?
        var areaMu: Double?
        var started: String?
        var plannedCompletion: String?
        var completed: String?
        var status: String?
        var responsibleUnit: String?
        var note: String?
        var withdrawnReason: String?
        var plotRatioAfter: Double?
        var taxPerMuAfter: Double?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case action, started, completed, status, note, reason
            case areaMu = "area_mu", plannedCompletion = "planned_completion", responsibleUnit = "responsible_unit"
            case withdrawnReason = "withdrawn_reason", plotRatioAfter = "plot_ratio_after", taxPerMuAfter = "tax_per_mu_after"
        }

        /// The fields as text, as a form sends them, each within the longest a disposal field may be.
        func values() throws -> [DisposalField: String] {
            var values: [DisposalField: String] = [:]
            values[.action] = action
            values[.areaMu] = areaMu.map { String($0) }
            values[.started] = started
            values[.plannedCompletion] = plannedCompletion
            values[.completed] = completed
            values[.status] = status
            values[.responsibleUnit] = responsibleUnit
            values[.note] = note
            values[.withdrawnReason] = withdrawnReason
            values[.plotRatioAfter] = plotRatioAfter.map { String($0) }
            values[.taxPerMuAfter] = taxPerMuAfter.map { String($0) }
            values[.reason] = reason
            var check = FieldChecker()
            for (field, value) in values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                check.text(value, .note, field: field.rawValue)
            }
            try check.finish()
            return values
        }
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<DisposalItem> {
        let principal = try request.requirePrincipal()
        let page = try PageRequest(request)
        var after: UUID?
        if let key = page.after {
            guard let id = UUID(uuidString: key) else { throw Abort(.badRequest, reason: request.t("error.cursor")) }
            after = id
        }
        var status: DisposalStatus?
        if let text = (try? request.query.get(String.self, at: "status")).nonEmpty {
            guard let known = DisposalStatus(rawValue: text) else {
                throw Abort(.badRequest, reason: request.t(BilingualText(zh: "未知的处置状态“\(text)”", en: "Unknown disposal status '\(text)'")))
            }
            status = known
        }
        let rows = try await LandStore(db: request.db, principal: principal).disposals(
            after: after, townCode: (try? request.query.get(String.self, at: "town")).nonEmpty, status: status, limit: page.fetchLimit)
        let (shown, next) = page.split(rows) { $0.id?.uuidString ?? "" }
        return CursorPage(items: shown.compactMap(StoredDisposal.init).map(DisposalItem.init), nextCursor: next)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let number = try request.parameters.require(.number)
        let store = LandStore(db: request.db, principal: principal)
        guard let parcel = try await store.parcel(number: number) else { throw Abort(.notFound) }
        try principal.permissions.require(.writeLand(townCode: parcel.townCode))
        var values = try request.content.decode(Body.self).values()
        values[.parcelNumber] = number
        values[.reason] = nil
        // Recorded as planned, as on the page; it moves on by PATCH.
        values[.status] = nil
        let disposal = try DisposalInput(values).disposal().get()
        let id = try await store.record(disposal, writer: request.writer)
        guard let stored = try await store.disposal(id: id) else { throw Abort(.notFound) }
        return try await DisposalItem(stored).encodeResponse(status: .created, for: request)
    }

    @Sendable func update(_ request: Request) async throws -> DisposalItem {
        let principal = try request.requirePrincipal()
        let store = LandStore(db: request.db, principal: principal)
        guard let id = UUID(uuidString: try request.parameters.require(.id)), let stored = try await store.disposal(id: id) else {
            throw Abort(.notFound)
        }
        try principal.permissions.require(.writeLand(townCode: stored.townCode))
        let body = try request.content.decode(Body.self)
        var values = try body.values()
        if body.reason != nil {
            values[.parcelNumber] = stored.disposal.parcelNumber
            let corrected = try DisposalInput(values).disposal().get()
            try await store.correct(id: id, to: corrected, reason: values[.reason], writer: request.writer)
        } else {
            let move = try LandDisposalMove(values)
            try await store.advance(id: id, to: move.status, completed: move.completed, reason: move.reason,
                                    plotRatioAfter: move.plotRatioAfter, taxPerMuAfterWan: move.taxPerMuAfterWan, writer: request.writer)
        }
        guard let updated = try await store.disposal(id: id) else { throw Abort(.notFound) }
        return DisposalItem(updated)
    }
}
