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
        let rules = try LowEfficiencyRules.bundled()
        let shown = try await store.evaluatedParcels(filter, within: window, on: ShanghaiTime.day(of: request.appEnvironment.now))
        let viewport = window.map { MapViewport(extent: $0) }
            ?? MapViewport.around(shown.flatMap(\.record.geometry.allPositions))
            ?? MapViewport(extent: DemoParcels.heshanExtent)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns().map(LandTownName.init)
        let townNames = Dictionary(uniqueKeysWithValues: towns.map { ($0.code, $0.name(request.pageContext)) })
        let holderNames = try await store.holderNames(shown.compactMap(\.record.holderCreditCode))
        let shapes = shown.map { item in
            let record = item.record, holderClass = item.facts.holderClass
            let findings = item.findings.map { request.t($0.name) }.joined(separator: "、")
            let category = switch colouring {
            case .rule: item.findings.isEmpty ? "parcel-ok" : "parcel-low"
            case .holderClass: holderClass.map { "class-\($0.rawValue)" } ?? "class-none"
            case .disposal: "disposal-\(item.disposalStatus?.rawValue ?? "none")"
            }
            let card = [record.number, item.isDemo ? request.t("common.demo") : nil,
                        record.townCode.map { townNames[$0] ?? $0 },
                        "\(NumberText.number(record.area.mu)) \(request.t("land.mu"))",
                        record.holderCreditCode.map { holderNames[$0] ?? $0 },
                        holderClass.map { "\(request.t("land.holder_class")) \($0.rawValue)" },
                        item.disposalStatus.map { "\(request.t("land.map_disposal")) \(request.t($0.label))" },
                        findings.isEmpty ? nil : findings].compactMap { $0 }.joined(separator: " · ")
            return LandMapPage.Shape(number: record.number, path: MapPath.data(record.geometry, in: viewport),
                                     category: category, card: card)
        }
        return LandMapPage.Model(filter: filter, colouring: colouring, viewport: viewport, shapes: shapes, towns: towns,
                                 rules: rules, anyDemo: shown.contains { $0.isDemo })
    }
}
