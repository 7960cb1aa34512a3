import BaiqiangCore
import BaiqiangHTML
import Vapor

/// Recording a disposal from its parcel's page, and a disposal's own page where it is moved on
/// or corrected. Who may is `Permissions.Action.writeLand`; the others see no form and get 403.
struct LandDisposalPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(SiteURL.landParcelDisposals(number: .placeholder(.number)).components, use: record)
        routes.get(SiteURL.landDisposal(id: .placeholder(.id)).components, use: show)
        routes.post(SiteURL.landDisposal(id: .placeholder(.id)).components, use: correct)
        routes.post(SiteURL.landDisposalStatus(id: .placeholder(.id)).components, use: advance)
    }

    /// The form's fields by name; a value longer than any disposal field may be is refused
    /// before it is read further.
    static func values(_ request: Request) throws -> [DisposalField: String] {
        let form = try request.content.decode([String: String].self)
        var values: [DisposalField: String] = [:]
        var check = FieldChecker()
        for field in DisposalField.allCases {
            guard let value = form[field.rawValue] else { continue }
            check.text(value, .note, field: field.rawValue)
            values[field] = value
        }
        try check.finish()
        return values
    }

    @Sendable func record(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let number = try request.parameters.require(.number)
        let store = LandStore(db: request.db, principal: principal)
        guard let parcel = try await store.parcel(number: number) else { throw Abort(.notFound) }
        try principal.permissions.require(.writeLand(townCode: parcel.townCode))
        var values = try Self.values(request)
        values[.parcelNumber] = number
        values[.status] = nil
        do {
            let disposal = try DisposalInput(values).disposal().get()
            _ = try await store.record(disposal, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            let form = LandDisposalFormValues(values: values, error: request.t(error.message))
            return try await LandPagesController().renderParcel(request, number: number, form: form, status: .badRequest)
        }
        return request.redirect(to: SiteURL.landParcel(number: number).path)
    }

    /// The disposal of the path's id that the account may see, else 404.
    func load(_ request: Request) async throws -> (LandStore, StoredDisposal) {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = UUID(uuidString: try request.parameters.require(.id)), let stored = try await store.disposal(id: id) else {
            throw Abort(.notFound)
        }
        return (store, stored)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let (store, stored) = try await load(request)
        return try await render(request, store: store, stored: stored, correction: LandDisposalFormValues(stored.disposal),
                                advanceError: nil, status: .ok)
    }

    @Sendable func correct(_ request: Request) async throws -> Response {
        let (store, stored) = try await load(request)
        try store.principal.permissions.require(.writeLand(townCode: stored.townCode))
        var values = try Self.values(request)
        values[.parcelNumber] = stored.disposal.parcelNumber
        do {
            let corrected = try DisposalInput(values).disposal().get()
            try await store.correct(id: stored.id, to: corrected, reason: values[.reason]?.trimmingCharacters(in: .whitespaces),
                                    writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            let form = LandDisposalFormValues(values: values, error: request.t(error.message))
            return try await render(request, store: store, stored: stored, correction: form, advanceError: nil, status: .badRequest)
        }
        return request.redirect(to: SiteURL.landDisposal(id: stored.id.uuidString).path)
    }

    @Sendable func advance(_ request: Request) async throws -> Response {
        let (store, stored) = try await load(request)
        try store.principal.permissions.require(.writeLand(townCode: stored.townCode))
        let values = try Self.values(request)
        do {
            let move = try LandDisposalMove(values)
            try await store.advance(id: stored.id, to: move.status, completed: move.completed, reason: move.reason,
                                    plotRatioAfter: move.plotRatioAfter, taxPerMuAfterWan: move.taxPerMuAfterWan, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, store: store, stored: stored, correction: LandDisposalFormValues(stored.disposal),
                                    advanceError: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.landDisposal(id: stored.id.uuidString).path)
    }

    func render(_ request: Request, store: LandStore, stored: StoredDisposal, correction: LandDisposalFormValues,
                advanceError: String?, status: HTTPStatus) async throws -> Response {
        let parcel = try await store.parcel(number: stored.disposal.parcelNumber)
        let model = LandDisposalPage.Model(
            stored: stored, parcelArea: parcel?.area ?? stored.disposal.area,
            mayWrite: store.principal.permissions.allows(.writeLand(townCode: stored.townCode)),
            correction: correction, advanceError: advanceError)
        return try await HTMLPage(status: status, html: LandDisposalPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}

/// A status move as sent by the form or the API: the new status and what it needs.
struct LandDisposalMove {
    var status: DisposalStatus
    var completed: LocalDate?
    var reason: String?
    var plotRatioAfter: Double?
    var taxPerMuAfterWan: Double?

    /// Reads the status, date and figures; the move itself is checked by `DisposalCheck.advance`.
    init(_ values: [DisposalField: String]) throws {
        let input = DisposalInput(values)
        var check = FieldChecker()
        func number(_ field: DisposalField) -> Double? {
            guard let text = input.values[field] else { return nil }
            guard let value = Double(text), value.isFinite else {
                check.report(field.rawValue, BilingualText(zh: "“\(text)”不是数字", en: "'\(text)' is not a number"))
                return nil
            }
            return value
        }
        let status = input.values[.status].flatMap(DisposalInput.status)
        if status == nil { check.report(DisposalField.status.rawValue, BilingualText(zh: "请选择新的状态", en: "Choose the new status")) }
        if let text = input.values[.completed] {
            completed = LocalDate(iso: text)
            if completed == nil {
                check.report(DisposalField.completed.rawValue, BilingualText(zh: "“\(text)”不是 YYYY-MM-DD 格式的日期", en: "'\(text)' is not a date as YYYY-MM-DD"))
            }
        }
        plotRatioAfter = number(.plotRatioAfter)
        taxPerMuAfterWan = number(.taxPerMuAfter)
        reason = input.values[.withdrawnReason]
        try check.finish()
        self.status = status ?? .planned
    }
}
