import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/enterprises…`: the registry, scoped by role (an account never learns of a firm
/// outside its scope: 404, not 403).
struct EnterpriseAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.enterprises.components, use: list)
        api.get(SiteURL.API.enterprise(creditCode: .placeholder(.creditCode)).components, use: show)
        api.get(SiteURL.API.enterpriseFigures(creditCode: .placeholder(.creditCode)).components, use: figures)
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<EnterpriseStore.Row> {
        let principal = try request.requirePrincipal()
        return try await EnterpriseStore(db: request.db, principal: principal).list(.from(request), page: PageRequest(request))
    }

    @Sendable func show(_ request: Request) async throws -> EnterpriseStore.Row {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require(.creditCode)
        guard let row = try await EnterpriseStore(db: request.db, principal: principal).row(creditCode: code) else {
            throw Abort(.notFound)
        }
        return row
    }

    @Sendable func figures(_ request: Request) async throws -> EnterpriseFiguresView {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require(.creditCode)
        guard let firm = try await EnterpriseStore(db: request.db, principal: principal).find(creditCode: code) else {
            throw Abort(.notFound)
        }
        return try await EnterpriseStore(db: request.db, principal: principal).figures(of: firm)
    }
}

/// A firm's yearly and monthly figures as the API returns them.
struct EnterpriseFiguresView: Content {
    struct Year: Content {
        var year: Int
        var revenueWan, outputWan, valueAddedWan, taxWan, electricityWanKWh, energyTce, emissionT, rdWan, landMu: Double?
        var staff: Int?
        var aboveScale: Bool

        enum CodingKeys: String, CodingKey {
            case year, staff
            case revenueWan = "revenue_wan", outputWan = "output_wan", valueAddedWan = "value_added_wan", taxWan = "tax_wan"
            case electricityWanKWh = "electricity_wkwh", energyTce = "energy_tce", emissionT = "emission_t", rdWan = "rd_wan"
            case landMu = "land_mu", aboveScale = "above_scale"
        }
    }

    struct Month: Content {
        var year: Int
        var month: Int
        var revenueWan, outputWan, taxWan, electricityWanKWh: Double?

        enum CodingKeys: String, CodingKey {
            case year, month
            case revenueWan = "revenue_wan", outputWan = "output_wan", taxWan = "tax_wan", electricityWanKWh = "electricity_wkwh"
        }
    }

    var creditCode: String
    var yearly: [Year]
    var monthly: [Month]

    enum CodingKeys: String, CodingKey {
        case creditCode = "credit_code", yearly, monthly
    }
}

extension EnterpriseFiguresView {
    init(_ code: String, years: [EnterpriseYearFigure], months: [EnterpriseMonthFigure]) {
        self.init(
            creditCode: code,
            yearly: years.map { Year(year: $0.year, revenueWan: $0.revenueWan, outputWan: $0.outputWan, valueAddedWan: $0.valueAddedWan,
                                     taxWan: $0.taxWan, electricityWanKWh: $0.electricityWanKWh, energyTce: $0.energyTce,
                                     emissionT: $0.emissionT, rdWan: $0.rdWan, landMu: $0.landMu, staff: $0.staff,
                                     aboveScale: $0.aboveScale) },
            monthly: months.map { Month(year: $0.year, month: $0.month, revenueWan: $0.revenueWan, outputWan: $0.outputWan,
                                        taxWan: $0.taxWan, electricityWanKWh: $0.electricityWanKWh) })
    }
}
