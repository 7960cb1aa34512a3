import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/land/…`: parcels with the low-efficiency rules that fire on them, one parcel with its
/// shape and disposals, and the rules themselves. Reads are scoped like the pages.
struct LandAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.landParcels.components, use: parcels)
        api.get(SiteURL.API.landParcel(number: .placeholder(.number)).components, use: parcel)
        api.get(SiteURL.API.landRules.components, use: rules)
    }

    struct ParcelView: Content {
        var number: String
        var town: String?
        var holderCreditCode: String?
        var areaSquareMetres: Double
        var areaMu: Double
        var landUse: String?
        var supplyWay: String?
        var isDemo: Bool
        /// The ids of the low-efficiency rules that fire.
        var rules: [String]

        enum CodingKeys: String, CodingKey {
            case number, town, rules
            case holderCreditCode = "holder_credit_code", areaSquareMetres = "area_m2", areaMu = "area_mu"
            case landUse = "land_use", supplyWay = "supply_way", isDemo = "is_demo"
        }

        init(_ record: ParcelRecord, isDemo: Bool, findings: [RuleFinding]) {
            number = record.number
            town = record.townCode
            holderCreditCode = record.holderCreditCode
            areaSquareMetres = (record.area.squareMetres * 100).rounded() / 100
            areaMu = (record.area.mu * 100).rounded() / 100
            landUse = record.landUse
            supplyWay = record.supplyWay?.rawValue
            self.isDemo = isDemo
            rules = findings.map(\.ruleID)
        }
    }

    struct FindingView: Content {
        var rule: String
        var name: BilingualText
        var detail: BilingualText
    }

    struct DisposalView: Content {
        var action: String
        var areaSquareMetres: Double
        var started: String
        var completed: String?
        var status: String
        var responsibleUnit: String?

        enum CodingKeys: String, CodingKey {
            case action, started, completed, status
            case areaSquareMetres = "area_m2", responsibleUnit = "responsible_unit"
        }
    }

    struct ParcelDetail: Content {
        var parcel: ParcelView
        /// The feature as RFC 7946 GeoJSON, longitude-latitude.
        var feature: JSONValue
        var findings: [FindingView]
        var disposals: [DisposalView]
    }

    struct RuleView: Content {
        var id: String
        var name: BilingualText
        var source: String?
        var countyChoice: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, source
            case countyChoice = "county_choice"
        }
    }

    @Sendable func parcels(_ request: Request) async throws -> CursorPage<ParcelView> {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        let page = try PageRequest(request)
        let rules = try await store.rules()
        let filter = try LandAPIFilter.filter(request, rules: rules)
        let parcels = try await store.evaluatedParcels(filter, rules: rules, after: page.after, limit: page.fetchLimit,
                                                       on: ShanghaiTime.day(of: request.appEnvironment.now))
        let (shown, next) = page.split(parcels) { $0.record.number }
        return CursorPage(items: shown.map { parcel in
            ParcelView(parcel.record, isDemo: parcel.isDemo, findings: parcel.findings)
        }, nextCursor: next)
    }

    @Sendable func parcel(_ request: Request) async throws -> ParcelDetail {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        guard let parcel = try await store.evaluatedParcel(number: try request.parameters.require(.number), rules: try await store.rules(),
                                                           on: ShanghaiTime.day(of: request.appEnvironment.now)) else {
            throw Abort(.notFound)
        }
        let record = parcel.record, findings = parcel.findings
        let feature = try JSONDecoder().decode(JSONValue.self, from: Data(GeoJSONWriter.write([record.feature]).utf8))
        let disposals = try await store.disposals(ofParcel: record.number).map(\.disposal)
        return ParcelDetail(
            parcel: ParcelView(record, isDemo: parcel.isDemo, findings: findings),
            feature: Self.firstFeature(of: feature),
            findings: findings.map { FindingView(rule: $0.ruleID, name: $0.name, detail: $0.detail) },
            disposals: disposals.map {
                DisposalView(action: $0.action.rawValue, areaSquareMetres: $0.area.squareMetres, started: $0.started.description,
                             completed: $0.completed?.description, status: $0.status.rawValue, responsibleUnit: $0.responsibleUnit)
            })
    }

    @Sendable func rules(_ request: Request) async throws -> ItemList<RuleView> {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        return ItemList(items: try await store.rules().map {
            RuleView(id: $0.id, name: $0.name, source: $0.source, countyChoice: $0.isCountyChoice)
        })
    }

    /// The single feature of a one-feature collection.
    static func firstFeature(of collection: JSONValue) -> JSONValue {
        if case .object(let members) = collection, case .array(let features)? = members["features"], let first = features.first {
            return first
        }
        return .null
    }
}
