import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The comparison of the prefecture's county-level units, one unit's page, the readiness page and
/// the comparison's export.
struct CountiesPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.counties.components, use: comparison)
        routes.get(SiteURL.countyUnit(code: .placeholder(.code)).components, use: unit)
        routes.get(SiteURL.countiesReadiness.components, use: readiness)
        routes.post(SiteURL.countiesFigures.components, use: record)
        routes.get(SiteURL.countiesExport(format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.countiesExport(format: "xlsx").components) { try await export($0, .xlsx) }
    }

    @Sendable func comparison(_ request: Request) async throws -> HTML {
        CountiesComparisonPage.view(try await comparisonModel(request), request.pageContext)
    }

    func comparisonModel(_ request: Request) async throws -> CountiesComparisonPage.Model {
        let principal = try request.requirePrincipal()
        let store = try Self.store(request, principal)
        let query = CountiesQuery(request)
        let figures = try await store.currentFigures(indicator: query.indicator)
        var model = CountiesComparisonPage.model(prefecture: store.prefecture, ownUnit: principal.countyCode, indicator: query.indicator,
                                                 period: query.period, sort: query.sort, figures: figures)
        model.canRecord = principal.permissions.allows(.recordRegionalFigures)
        return model
    }

    /// One figure typed in by hand: checked like an imported one, recorded and audited, or the
    /// form shown again with the reason and nothing recorded.
    @Sendable func record(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.recordRegionalFigures)
        let store = try Self.store(request, principal)
        let form = try request.content.decode(CountiesComparisonPage.EntryForm.self)
        var message: BilingualText
        switch form.figure() {
        case .success(let figure):
            do {
                _ = try await CountiesStore.record([CountiesStore.ImportedFigure(row: 1, figure: figure)], prefecture: store.prefecture,
                                                   writer: request.writer)
                var back = URLComponents()
                back.path = SiteURL.counties.path
                back.queryItems = [URLQueryItem(name: "indicator", value: figure.indicator.rawValue),
                                   URLQueryItem(name: "period", value: figure.period.description)]
                return request.redirect(to: back.string ?? SiteURL.counties.path)
            } catch let error as RegionalFigureInputError {
                message = BilingualText(zh: error.locatedIssues.map(\.reason.zh).joined(separator: "；"),
                                        en: error.locatedIssues.map(\.reason.en).joined(separator: "; "))
            }
        case .failure(let problem):
            message = problem.message
        }
        var model = try await comparisonModel(request)
        model.entryError = request.t(message)
        model.entry = form
        let response = try await CountiesComparisonPage.view(model, request.pageContext).encodeResponse(for: request)
        response.status = .badRequest
        return response
    }

    @Sendable func unit(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let store = try Self.store(request, principal)
        let code = try request.parameters.require(.code)
        guard let unit = store.prefecture.unit(code) else { throw Abort(.notFound) }
        let retired = try await store.history(unit: code).filter { !$0.isCurrent }
            .map { CountyUnitPage.Retired(figure: $0.figure, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) }
        let model = CountyUnitPage.model(prefecture: store.prefecture, unit: unit, figures: try await store.currentFigures(), retired: retired)
        return CountyUnitPage.view(model, request.pageContext)
    }

    @Sendable func readiness(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let store = try Self.store(request, principal)
        let year = (try? request.query.get(Int.self, at: "year")).flatMap { ReadinessThreshold.targetYears.contains($0) ? $0 : nil }
            ?? ReadinessThreshold.heshanTargetYear
        let references = ReferenceCountiesStore(db: request.db, county: principal.countyCode)
        var model = CountiesReadinessPage.model(
            unit: store.prefecture.unit(principal.countyCode), figures: try await store.currentFigures(unit: principal.countyCode),
            thresholds: try await references.thresholds(), references: try await references.counties(), targetYear: year)
        model.canManage = principal.permissions.allows(.manageReferenceCounties)
        return CountiesReadinessPage.view(model, request.pageContext)
    }

    /// The recorded figures of the indicator asked for (of every indicator when none is), every
    /// period, in the regional-figures import's columns (`RegionalFiguresExport`).
    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let store = try Self.store(request, try request.requirePrincipal())
        let indicator = (try? request.query.get(String.self, at: "indicator")).flatMap(RegionalIndicator.init(rawValue:))
        let figures = try await store.currentFigures(indicator: indicator)
        return try RegionalFiguresExport.table(figures, prefecture: store.prefecture, language: request.language)
            .response(format, fileName: "regional-figures" + (indicator.map { "-" + $0.rawValue } ?? ""))
    }

    /// The store of the account's prefecture; 404 when none ships for it.
    static func store(_ request: Request, _ principal: Principal) throws -> CountiesStore {
        guard let store = try CountiesStore(db: request.db, county: principal.countyCode) else { throw Abort(.notFound) }
        return store
    }
}

/// The comparison's choices from the query string; anything unknown falls back to the default.
struct CountiesQuery {
    var indicator: RegionalIndicator
    var period: StatisticalPeriod?
    var sort: CountiesComparisonPage.Sort

    init(_ request: Request) {
        let text = { (name: String) in (try? request.query.get(String.self, at: name)).flatMap { $0.count <= 40 ? $0 : nil } }
        indicator = text("indicator").flatMap(RegionalIndicator.init(rawValue:)) ?? .gdp
        period = text("period").flatMap(StatisticalPeriod.init(text:))
        sort = text("sort").flatMap(CountiesComparisonPage.Sort.init(rawValue:)) ?? .value
    }
}
