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
    /// One year: `year`, every figure present under its key (`YearlyFigure.column`; a missing
    /// figure is left out, which clients read as null), and `above_scale`.
    struct Year: Content {
        var figures: EnterpriseYearFigures

        var year: Int { figures.year }
        var aboveScale: Bool { figures.aboveScale }

        init(_ figures: EnterpriseYearFigures) {
            self.figures = figures
        }

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
            static let year = Key("year"), aboveScale = Key("above_scale")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(figures.year, forKey: .year)
            for (figure, value) in figures.present {
                if figure.isInteger {
                    try container.encode(Int(value), forKey: Key(figure.column))
                } else {
                    try container.encode(value, forKey: Key(figure.column))
                }
            }
            try container.encode(figures.aboveScale, forKey: .aboveScale)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            figures = EnterpriseYearFigures(creditCode: "", year: try container.decode(Int.self, forKey: .year),
                                            aboveScale: try container.decode(Bool.self, forKey: .aboveScale))
            for figure in YearlyFigure.allCases {
                figures[figure] = figure.isInteger
                    ? try container.decodeIfPresent(Int.self, forKey: Key(figure.column)).map(Double.init)
                    : try container.decodeIfPresent(Double.self, forKey: Key(figure.column))
            }
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
    init(_ code: String, years: [EnterpriseYearFigures], months: [EnterpriseMonthFigure]) {
        self.init(
            creditCode: code,
            yearly: years.map(Year.init),
            monthly: months.map { Month(year: $0.year, month: $0.month, revenueWan: $0.revenueWan, outputWan: $0.outputWan,
                                        taxWan: $0.taxWan, electricityWanKWh: $0.electricityWanKWh) })
    }
}
