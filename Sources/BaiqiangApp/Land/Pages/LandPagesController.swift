import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The parcels list, a parcel's page with the rules that fire on it, and the GeoJSON export.
struct LandPagesController {
    static let pageSize = 100

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.land.components, use: list)
        routes.get(SiteURL.landParcel(number: .placeholder(.number)).components, use: parcel)
        routes.get(SiteURL.landExport(format: "geojson").components, use: export)
        for format in [TableExport.Format.csv, .xlsx] {
            routes.get(SiteURL.landExport(format: format.rawValue).components) { try await exportTable($0, format) }
        }
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
        let filter = try LandFilterQuery.filter(request)
        let store = LandStore(db: request.db, principal: principal)
        let rules = try await store.rules()
        let rows = try await store.evaluatedParcels(filter, rules: rules, shapes: false, on: ShanghaiTime.day(of: request.appEnvironment.now))
        let page = max(1, q("page").flatMap(Int.init) ?? 1)
        let shown = rows.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize).map {
            LandListPage.Row(record: $0.record, isDemo: $0.isDemo, findings: $0.findings)
        }
        let names = try await store.holderNames(shown.compactMap(\.record.holderCreditCode))
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let model = LandListPage.Model(
            filter: filter, rows: shown, holderNames: names, towns: towns.map { LandTownName($0) },
            rules: rules, total: LandListPage.Totals(rows), page: page,
            pageCount: max(1, (rows.count + Self.pageSize - 1) / Self.pageSize))
        return LandListPage.view(model, request.pageContext)
    }

    @Sendable func parcel(_ request: Request) async throws -> Response {
        try await renderParcel(request, number: try request.parameters.require(.number), form: LandDisposalFormValues(), status: .ok)
    }

    /// A parcel's page; `form` is the disposal form as the account last sent it.
    func renderParcel(_ request: Request, number: String, form: LandDisposalFormValues, status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = LandStore(db: request.db, principal: principal)
        let today = ShanghaiTime.day(of: request.appEnvironment.now)
        let rules = try await store.rules()
        guard let parcel = try await store.evaluatedParcel(number: number, rules: rules, on: today) else { throw Abort(.notFound) }
        let record = parcel.record
        var holderName: String?, town: LandTownName?
        var explanation: SiteURL?
        if let code = record.holderCreditCode {
            holderName = try await store.holderNames([code])[code]
            if let (run, result) = try await EvaluationStore(db: request.db, principal: principal).publishedResults(ofFirm: code).first, let id = run.id {
                explanation = .evaluationFirm(id: id.uuidString, code: result.creditCode)
            }
        }
        if let code = record.townCode {
            town = try await OrganisationStore(db: request.db, county: principal.countyCode).town(code: code).map(LandTownName.init)
                ?? LandTownName(code: code, zh: code, en: code)
        }
        let model = LandParcelPage.Model(
            record: record, isDemo: parcel.isDemo, townName: town, holderName: holderName, facts: parcel.facts,
            findings: parcel.findings,
            rules: rules, disposals: try await store.disposals(ofParcel: record.number),
            mayWrite: principal.permissions.allows(.writeLand(townCode: record.townCode)), form: form,
            holderExplanation: explanation)
        return try await HTMLPage(status: status, html: LandParcelPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    /// Every parcel the account sees as a parcels table, which `import parcels` reads back.
    func exportTable(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let records = try await LandStore(db: request.db, principal: try request.requirePrincipal()).parcels(LandStore.Filter())
        return try ParcelExport.table(records, language: request.language).response(format, fileName: "parcels")
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let records = try await LandStore(db: request.db, principal: principal).parcels(LandStore.Filter())
        let response = Response(status: .ok, body: .init(string: GeoJSONWriter.write(records.map(\.feature))))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "geo+json")
        response.headers.contentDisposition = .init(.attachment, filename: "parcels.geojson")
        return response
    }
}
