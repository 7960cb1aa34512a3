import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/visits`: coverage this quarter per leader and town, the visit plan (set by an
/// administrator) and the CSV export of the visits the account may see.
struct VisitsPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.visits.components, use: show)
        routes.post(SiteURL.visitsPlan.components, use: setPlan)
        for format in [TableExport.Format.csv, .xlsx] {
            routes.get(SiteURL.visitsExport(format: format.rawValue).components) { try await export($0, format) }
        }
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, saved: (try? request.query.get(String.self, at: "saved")) == "1")
    }

    struct PlanForm: Content {
        var cityVisits: String?
        var cityPeriod: String?
        var townVisits: String?
        var townPeriod: String?

        enum CodingKeys: String, CodingKey {
            case cityVisits = "city_visits", cityPeriod = "city_period", townVisits = "town_visits", townPeriod = "town_period"
        }
    }

    @Sendable func setPlan(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let form = try request.content.decode(PlanForm.self)
        do {
            let visits = try VisitsPagesController.visits(city: form.cityVisits, town: form.townVisits)
            var periods: [LeaderTier: String] = [:]
            periods[.city] = form.cityPeriod.nonEmpty
            periods[.town] = form.townPeriod.nonEmpty
            try await VisitsStore(db: request.db, principal: principal).setPlan(visits: visits, periods: periods, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        }
        var components = URLComponents()
        components.path = SiteURL.visits.path
        components.queryItems = [URLQueryItem(name: "saved", value: "1")]
        return request.redirect(to: components.string ?? SiteURL.visits.path)
    }

    /// The typed visit counts; a blank tier is left as it is, a non-number refused by its field.
    static func visits(city: String?, town: String?) throws -> [LeaderTier: Int] {
        var visits: [LeaderTier: Int] = [:]
        var issues: [LocatedIssue] = []
        for (tier, text) in [(LeaderTier.city, city), (.town, town)] {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
            guard text.count <= 6, let count = Int(text) else {
                issues.append(LocatedIssue(row: nil, column: "\(tier.rawValue)_visits",
                                           reason: BilingualText(zh: "须为整数次数", en: "must be a whole number of visits")))
                continue
            }
            visits[tier] = count
        }
        guard issues.isEmpty else { throw VisitsStore.InputError(issues: issues) }
        return visits
    }

    /// The visits the account may see, optionally of one year, in the visits import's columns.
    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let principal = try request.requirePrincipal()
        let yearText = (try? request.query.get(String.self, at: "year")).nonEmpty
        var year: Int?
        if let yearText {
            guard yearText.count <= 4, let value = Int(yearText), (2000...2100).contains(value) else {
                throw VisitsStore.InputError(issues: [LocatedIssue(row: nil, column: "year", reason: BilingualText(
                    zh: "年份须在 2000 到 2100 之间", en: "the year must be from 2000 to 2100"))])
            }
            year = value
        }
        let visits = try await VisitsStore(db: request.db, principal: principal).exportedVisits(year: year)
        return try VisitsExport.table(visits, language: request.language)
            .response(format, fileName: year.map { "visits-\($0)" } ?? "visits")
    }

    func render(_ request: Request, error: String? = nil, saved: Bool = false, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = VisitsStore(db: request.db, principal: principal)
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let start = VisitCoverage.quarterStart(of: today)
        let tally = try await store.coverage(from: start, through: today, includeDemo: true)
        let real = try await store.coverage(from: start, through: today, includeDemo: false)
        let leaderIDs = tally.byLeader.keys.compactMap(UUID.init(uuidString:))
        let accounts = try await AccountStore(db: request.db).accounts(ids: leaderIDs, in: principal.countyCode)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let english = request.pageContext.language == .en
        let leaders = tally.byLeader.map { id, count in
            let account = UUID(uuidString: id).flatMap { accounts[$0] }
            return VisitsPage.CoverageRow(name: account?.displayName ?? "—", username: account?.username, count: count)
        }
        let townRows = tally.byTown.map { id, count in
            let town = towns.first { $0.id?.uuidString == id }
            return VisitsPage.CoverageRow(name: town.map { english ? $0.nameEn : $0.nameZh } ?? "—", username: nil, count: count)
        }
        let model = VisitsPage.Model(
            quarterStart: start.description, today: today.description, total: tally.total, leaders: leaders, towns: townRows,
            plan: try await store.plan(), mayConfigure: principal.permissions.allows(.configure),
            anyDemo: tally != real, currentYear: today.year, error: error, saved: saved)
        return try await HTMLPage(status: status, html: VisitsPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
