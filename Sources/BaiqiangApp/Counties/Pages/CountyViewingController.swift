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
        guard form.county.count <= 12, PrefectureReach.counties(home: principal.homeCountyCode, in: try PrefectureProfiles.installed()).contains(form.county),
              let token = request.cookies[sessionCookieName]?.string, !token.isEmpty else { throw Abort(.badRequest) }
        try await AccountStore.chooseViewingCounty(form.county, sessionTokenHash: Secrets.sha256Hex(token), username: principal.username,
                                                   previous: principal.countyCode, writer: request.writer)
        return request.redirect(to: SafeRedirect.back(referer: request.headers.first(name: .referer), fallback: SiteURL.counties.path))
    }
}

/// The picker a prefecture account switches counties with, in the header of every page: the
/// prefecture's counties by name, posted with the form's token, back to the page it was on.
enum CountyPicker {
    static func header(_ context: PageContext) -> Node {
        guard let principal = context.principal, principal.permissions.allows(.chooseCounty),
              let profiles = try? PrefectureProfiles.installed(),
              let prefecture = profiles.profile(ofCounty: principal.homeCountyCode) else { return .empty }
        let reach = Set(PrefectureReach.counties(home: principal.homeCountyCode, in: profiles))
        return .form(.method(.post), .action(SiteURL.countiesViewing.path), .class("inline site-county"), Layout.csrfField(context),
                     .select(.attribute(named: "name", value: "county"), .attribute(named: "aria-label", value: context.t("prefecture.viewing")),
                             .forEach(prefecture.units.filter { reach.contains($0.code) }) { unit in
                                 FormNodes.option(unit.code, context.t(unit.name), selected: unit.code == principal.countyCode)
                             }),
                     .button(.type(.submit), .class("link-button"), .text(context.t("prefecture.switch"))))
    }
}
