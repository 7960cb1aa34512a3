import BaiqiangCore
import BaiqiangHTML
import Fluent
import Vapor

/// A prefecture account (市级) chooses which county of its prefecture its session looks into;
/// every page it opens afterwards reads that county's records, as its own would.
struct CountyViewingController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(SiteURL.countiesViewing.components, use: choose)
    }

    struct Form: Content {
        var county: String
    }

    @Sendable func choose(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.chooseCounty)
        let form = try request.content.decode(Form.self)
        guard form.county.count <= 12, PrefectureReach.counties(home: principal.homeCountyCode).contains(form.county),
              let token = request.cookies[sessionCookieName]?.string, !token.isEmpty else { throw Abort(.badRequest) }
        let hash = Secrets.sha256Hex(token), before = principal.countyCode, county = form.county
        try await request.writer.transaction { db, audit in
            try await AccountStore(db: db).setViewingCounty(county, sessionTokenHash: hash)
            try await audit.record(.sessionCountyChosen, entity: .userSession, id: principal.username, before: before, after: county)
        }
        return request.redirect(to: SiteURL.counties.path)
    }
}

/// The picker a prefecture account switches counties with, shown on the county pages.
enum CountyPicker {
    static func node(_ context: PageContext, prefecture: PrefectureProfile) -> Node {
        guard let principal = context.principal, principal.permissions.allows(.chooseCounty) else { return .empty }
        let reach = Set(PrefectureReach.counties(home: principal.homeCountyCode))
        return .form(.method(.post), .action(SiteURL.countiesViewing.path), .class("inline county-picker"), Layout.csrfField(context),
                     .label(.text(context.t("prefecture.viewing")),
                            .select(.attribute(named: "name", value: "county"), .forEach(prefecture.units.filter { reach.contains($0.code) }) { unit in
                                FormNodes.option(unit.code, context.t(unit.name), selected: unit.code == principal.countyCode)
                            })),
                     .button(.type(.submit), .text(context.t("prefecture.switch"))))
    }
}
