import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The leaders' figures (三率) of a month (`?month=`), with the trend of the county or of one
/// unit (`?department=` or `?town=`, linked from the tables).
struct DemandRatesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demandRates.components, use: page)
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let actor = try await service.actor(for: principal)
        try Permissions(actor).require(.seeDemandRates)
        let now = request.appEnvironment.nowToTheSecond
        let month = (try? request.query.get(String.self, at: "month")).flatMap(DemandMonth.init) ?? DemandMonth(now)
        let department = (try? request.query.get(String.self, at: "department")).flatMap { $0.isEmpty ? nil : $0 }
        let town = (try? request.query.get(String.self, at: "town")).flatMap { $0.isEmpty ? nil : $0 }
        let unit = department.map(DemandRatesUnit.department) ?? town.map(DemandRatesUnit.town) ?? .county
        let rows = try await service.reportRows(submittedIn: DemandRatesReport.window(endingWith: month), principal: principal, actor: actor)
        let calendar = try await CalendarStore.calendar(on: request.db)
        let report = DemandRatesReport(rows, month: month, trendOf: unit, calendar: calendar, now: now)
        let overdueQuery = service.query(for: principal, actor: actor)
        service.apply({ var f = DemandStore.Filter(); f.overdue = true; return f }(), to: overdueQuery, now: now)
        let model = DemandRatesPage.Model(
            month: month, report: report, overdueNow: try await overdueQuery.count(), trendDepartment: department, trendTown: town,
            departments: try await service.departments(), towns: try await service.towns())
        return DemandRatesPage.view(model, request.pageContext)
    }
}
