import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The parcel map and its SVG download.
struct LandMapController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.landMap.components, use: page)
        routes.get(SiteURL.landMapSVG.components, use: download)
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        LandMapPage.view(try await model(request), request.pageContext)
    }

    @Sendable func download(_ request: Request) async throws -> Response {
        let svg = LandMapPage.svg(try await model(request), request.pageContext, standalone: true).render()
        let response = Response(status: .ok, body: .init(string: svg))
        response.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml")
        response.headers.contentDisposition = .init(.attachment, filename: "parcels-map.svg")
        return response
    }

    func model(_ request: Request) async throws -> LandMapPage.Model {
        let principal = try request.requirePrincipal()
        let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
        let filter = try LandFilterQuery.filter(request)
        let colouring = q("colour").flatMap(LandMapPage.Colouring.init(rawValue:)) ?? .rule
        let store = LandStore(db: request.db, principal: principal)
        let window = LandMapPage.extent(bbox: q("bbox"))
        let rules = try await store.rules()
        let shown = try await store.evaluatedParcels(filter, rules: rules, within: window, on: ShanghaiTime.day(of: request.appEnvironment.now))
        let viewport = window.map { MapViewport(extent: $0) }
            ?? MapViewport.around(shown.flatMap(\.record.geometry.allPositions))
            ?? MapViewport(extent: DemoParcels.heshanExtent)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns().map(LandTownName.init)
        let context = request.pageContext
        let townNames = Dictionary(uniqueKeysWithValues: towns.map { ($0.code, $0.name(context)) })
        let withCards = shown.count <= LandMapPage.cardLimit
        let holderNames = withCards ? try await store.holderNames(shown.compactMap(\.record.holderCreditCode)) : [:]
        let labels = LandMapPage.CardLabels(context)
        let shapes = shown.map { item in
            LandMapPage.Shape(number: item.record.number, path: MapPath.data(item.record.geometry, in: viewport),
                              category: LandMapPage.category(item, colouring),
                              card: withCards ? labels.card(item, townNames: townNames, holderNames: holderNames) : nil)
        }
        let events = try await GridStore(db: request.db, principal: principal).mappedEvents(within: viewport.extent, limit: LandMapPage.cardLimit)
        let points = events.compactMap { event -> LandMapPage.EventPoint? in
            guard let id = event.id, let latitude = event.latitude, let longitude = event.longitude else { return nil }
            let at = viewport.point(Position(longitude: longitude, latitude: latitude))
            let category = GridStore.categories.category(event.categoryCode).map { context.t($0.name) } ?? event.categoryCode
            let status = DemandStatus(rawValue: event.status).map { context.t(GridEvents.label($0)) } ?? event.status
            return LandMapPage.EventPoint(id: id.uuidString, x: at.x, y: at.y, label: "\(category) · \(status)")
        }
        return LandMapPage.Model(filter: filter, colouring: colouring, viewport: viewport, shapes: shapes, towns: towns,
                                 rules: rules, anyDemo: shown.contains { $0.isDemo } || events.contains { $0.isDemo }, gridEvents: points)
    }
}
