import BaiqiangCore
import Fluent
import SQLKit
import Vapor

/// The registry's reads, scoped to the asking account. Pages, the API and exports all call these,
/// and each page of rows costs a fixed number of queries (no N+1).
struct EnterpriseStore {
    let db: any Database
    let principal: Principal

    /// The county every read is narrowed to: the principal's.
    var county: String { principal.countyCode }

    struct Filter: Sendable {
        /// Part of the name, or a credit code (or its beginning).
        var text: String?
        var townCode: String?
        /// An industry code or its beginning (a division "39", a group "397", a class "3976").
        var industry: String?
        /// `above` or `below`: the scale in the latest year with figures.
        var scale: String?
        /// A designation kind (Core's `DesignationKind` raw value).
        var designation: String?
        /// A ladder stage (Core's `LadderStage` raw value).
        var ladderStage: Int?

        static func from(_ request: Request) -> Filter {
            let q = { (name: String) in (try? request.query.get(String.self, at: name)).nonEmpty }
            return Filter(text: q("q"), townCode: q("town"), industry: q("industry"), scale: q("scale"),
                          designation: q("designation"), ladderStage: q("stage").flatMap(Int.init))
        }

        /// The filter as query items, to carry it into links and exports.
        var queryItems: [URLQueryItem] {
            [("q", text), ("town", townCode), ("industry", industry), ("scale", scale), ("designation", designation),
             ("stage", ladderStage.map(String.init))].compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        }
    }

    struct Row: Content {
        var creditCode: String
        var name: String
        var town: TownRef?
        var industryCode: String?
        var isDemo: Bool
        /// The latest year with figures, and that year's revenue and scale.
        var latestYear: Int?
        var revenueWan: Double?
        var aboveScale: Bool?
        var designations: [String]?
        var ladderStage: Int?
        var listingStage: String?

        enum CodingKeys: String, CodingKey {
            case creditCode = "credit_code", name, town, isDemo = "is_demo", industryCode = "industry_code"
            case latestYear = "latest_year", revenueWan = "revenue_wan", aboveScale = "above_scale", designations
            case ladderStage = "ladder_stage", listingStage = "listing_stage"
        }
    }

    struct TownRef: Content {
        var code: String
        var nameZh: String
        var nameEn: String

        enum CodingKeys: String, CodingKey {
            case code, nameZh = "name_zh", nameEn = "name_en"
        }
    }

    /// The most recent year any firm has figures for.
    func latestYear() async throws -> Int? {
        try await EnterpriseYearFigure.query(on: db, county: county).max(\.$year)
    }

    func query(_ filter: Filter) async throws -> QueryBuilder<Enterprise> {
        let query = Enterprise.query(on: db).scoped(to: principal)
        if let text = filter.text {
            query.group(.or) { group in
                group.filter(\.$name ~~ text).filter(\.$creditCode =~ text.uppercased())
            }
        }
        if let townCode = filter.townCode {
            let townID = try await Town.query(on: db, county: county).filter(\.$code == townCode).first()?.id
            query.filter(\.$town.$id == townID)
        }
        if let industry = filter.industry {
            query.filter(\.$industryCode =~ industry.uppercased())
        }
        if let stage = filter.ladderStage {
            query.filter(\.$ladderStage == stage)
        }
        if let scale = filter.scale, let year = try await latestYear() {
            // Correlated (as the designation filter below), so a page in credit-code order looks
            // up only the firms it passes through, by a unique key, instead of listing every match.
            query.filter(.custom(SQLQueryString(
                "\(unsafeRaw: scale == "above" ? "EXISTS" : "NOT EXISTS") (SELECT 1 FROM \(ident: EnterpriseYearFigure.schema) WHERE \(ident: EnterpriseYearFigure.schema).\(ident: "county_code") = \(ident: Enterprise.schema).\(ident: "county_code") AND \(ident: EnterpriseYearFigure.schema).\(ident: "credit_code") = \(ident: Enterprise.schema).\(ident: "credit_code") AND \(ident: "year") = \(bind: year) AND \(ident: "above_scale") = \(bind: true))")))
        }
        if let designation = filter.designation {
            query.filter(.custom(SQLQueryString(
                "EXISTS (SELECT 1 FROM \(ident: EnterpriseDesignation.schema) WHERE \(ident: EnterpriseDesignation.schema).\(ident: "county_code") = \(ident: Enterprise.schema).\(ident: "county_code") AND \(ident: EnterpriseDesignation.schema).\(ident: "credit_code") = \(ident: Enterprise.schema).\(ident: "credit_code") AND \(ident: "kind") = \(bind: designation))")))
        }
        return query
    }

    /// A page of firms ordered by credit code.
    func list(_ filter: Filter, page: PageRequest) async throws -> CursorPage<Row> {
        let query = try await self.query(filter).with(\.$town).sort(\.$creditCode)
        if let after = page.after {
            query.filter(\.$creditCode > after)
        }
        let (shown, next) = page.split(try await query.limit(page.fetchLimit).all()) { $0.creditCode }
        return CursorPage(items: try await rows(for: shown), nextCursor: next)
    }

    /// How many firms match (shown above the list).
    func count(_ filter: Filter) async throws -> Int {
        try await query(filter).count()
    }

    /// One firm, or nil when it does not exist or lies outside the account's scope: the caller
    /// answers 404 in both cases, so a firm's existence is not revealed.
    func find(creditCode: String) async throws -> Enterprise? {
        try await Enterprise.query(on: db).scoped(to: principal).with(\.$town)
            .filter(\.$creditCode == creditCode.uppercased()).first()
    }

    func row(creditCode: String) async throws -> Row? {
        guard let firm = try await find(creditCode: creditCode) else { return nil }
        return try await rows(for: [firm]).first
    }

    /// A firm's latest year with figures, as the list shows it.
    private struct LatestFigures: Decodable {
        var credit_code: String
        var year: Int
        var revenue_wan: Double?
        var above_scale: Bool
    }

    /// Rows for firms, with their latest figures and designations in two queries. The figures
    /// are read as plain rows of the latest year only: decoding every year of every firm as a
    /// model took most of a list request's time.
    func rows(for firms: [Enterprise]) async throws -> [Row] {
        let codes = firms.map(\.creditCode)
        guard !codes.isEmpty else { return [] }
        let figures = try await (db as! any SQLDatabase).raw("""
            SELECT f.credit_code, f.year, f.revenue_wan, f.above_scale FROM \(ident: EnterpriseYearFigure.schema) f
            WHERE \(principal.countyCondition("f")) AND f.credit_code IN (\(binds: codes)) AND f.year = (
                SELECT MAX(g.year) FROM \(ident: EnterpriseYearFigure.schema) g
                WHERE g.county_code = f.county_code AND g.credit_code = f.credit_code)
            """).all(decoding: LatestFigures.self)
        let latest = Dictionary(figures.map { ($0.credit_code, $0) }, uniquingKeysWith: { first, _ in first })
        let designations = Dictionary(grouping: try await EnterpriseDesignation.query(on: db, county: county).filter(\.$creditCode ~~ codes).all(),
                                      by: \.creditCode)
        return firms.map { firm in
            let figure = latest[firm.creditCode]
            return Row(creditCode: firm.creditCode, name: firm.name,
                       town: firm.town.map { TownRef(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn) },
                       industryCode: firm.industryCode, isDemo: firm.isDemo, latestYear: figure?.year,
                       revenueWan: figure?.revenue_wan, aboveScale: figure?.above_scale,
                       designations: designations[firm.creditCode]?.map(\.kind).sorted(),
                       ladderStage: firm.ladderStage, listingStage: firm.listingStage)
        }
    }

    static func row(_ enterprise: Enterprise) -> Row {
        Row(creditCode: enterprise.creditCode, name: enterprise.name,
            town: enterprise.town.map { TownRef(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn) },
            industryCode: enterprise.industryCode, isDemo: enterprise.isDemo)
    }
}
