import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Two counties in one installation: Heshan (440784) and a second one (440785) with a town of the
/// same code, a firm with the same credit code, its own plan, demand, evaluation and accounts.
/// Every page, API response and export shows an account its own county's rows only.
@Suite("County scope: an account sees its own county's rows only")
struct CountyScopeTests {
    static let other = "440785"
    static let heshanFirm = "鹤山同码企业"
    static let otherFirm = "开平同码企业"
    static let heshanDemand = "鹤山的诉求：用电报装需要加快"
    static let otherDemand = "开平的诉求：道路施工影响运输"
    static let heshanRated = "鹤山评价企业"
    static let otherRated = "开平评价企业"
    static let otherPlanTitle = "开平市制造业当家规划"

    struct World {
        var app: Application
        var creditCode: String
        var heshanRun: UUID
        var otherRun: UUID
        var heshanDemandNumber: String
        var otherDemandNumber: String
    }

    /// Builds both counties, writing the second one's rows through a writer acting for it.
    static func make(_ app: Application) async throws -> World {
        let writer = app.writer(as: .system).inCounty(other)
        let profile = try CountyProfile.decode(yaml: """
            code: kaiping
            divisionCode: "\(other)"
            name: {zh: 开平市, en: Kaiping}
            towns:
              - {code: shaping, name: {zh: 开平沙坪, en: Kaiping Shaping}}
            departments:
              - {code: zsj, name: {zh: 开平诉求中心, en: Kaiping demand centre}, demandCentre: true}
              - {code: gxj, name: {zh: 开平工信局, en: Kaiping MIIT}}
            """)
        try await OrganisationStore.load(profile, writer: writer)

        let code = try await Fixture.enterprise(app, serial: 1, name: heshanFirm, town: "shaping")
        let otherTown = try #require(try await Town.query(on: app.db, county: other).filter(\.$code == "shaping").first())
        let firm = Enterprise(creditCode: code, name: otherFirm, townID: otherTown.id, isDemo: false)
        firm.countyCode = other
        try await firm.create(on: app.db)

        try await Fixture.user(app, "hs-leader", .leader)
        try await Fixture.user(app, "hs-admin", .admin)
        try await Fixture.user(app, "hs-firm", .enterprise, binding: code)
        let accounts = UserAdministration(writer: writer, hasher: app.password)
        for (name, role, binding) in [("kp-leader", Role.leader, nil as String?), ("kp-admin", .admin, nil), ("kp-firm", .enterprise, code)] {
            try await accounts.create(.init(username: name, role: role, binding: binding, password: Fixture.password))
        }

        var plan = try DefaultPlan.load(now: app.appEnvironment.today)
        plan.title = BilingualText(zh: otherPlanTitle, en: "Kaiping manufacturing plan")
        try await PlanStore.replace(with: plan, writer: writer, cache: app.planCache)

        let heshanDemandNumber = try await submitDemand(app, as: "hs-firm", description: heshanDemand)
        let otherDemandNumber = try await submitDemand(app, as: "kp-firm", description: otherDemand)

        let header = EvaluationInputCSV.header.joined(separator: ",")
        func input(_ name: String) -> [UInt8] {
            Array((header + "\n\(code),\(name),shaping,3311,above,30,600,3600,12000,1500,0.8,100,360,200,2015,\n").utf8)
        }
        let method = try EvaluationMethods.bundled("zhejiang-6")
        let heshanRun = try await EvaluationStore(db: app.db, principal: .countyWide).run(
            method: method, year: 2024, input: input(heshanRated), source: "heshan.csv", writer: app.writer(as: .system))
        let otherRun = try await EvaluationStore(db: app.db, principal: .countyWide(of: other)).run(
            method: method, year: 2024, input: input(otherRated), source: "kaiping.csv", writer: writer)
        return World(app: app, creditCode: code, heshanRun: try heshanRun.requireID(), otherRun: try otherRun.requireID(),
                     heshanDemandNumber: heshanDemandNumber, otherDemandNumber: otherDemandNumber)
    }

    static func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    static func submitDemand(_ app: Application, as username: String, description: String) async throws -> String {
        var number = ""
        try await app.testing().test(.POST, SiteURL.api(.demands).path, headers: try await bearer(app, username), beforeRequest: { request in
            try request.content.encode(DemandAPI.NewDemand(category: "sme", description: description, enterprise: nil))
        }, afterResponse: { response async throws in
            #expect(response.status == .created, "\(response.body.string)")
            number = try decodeJSON(DemandAPI.View.self, response).trackingNumber
        })
        return number
    }

    /// The body of a GET as `headers`, expecting 200.
    static func body(_ app: Application, _ url: SiteURL, _ headers: HTTPHeaders) async throws -> String {
        var text = ""
        try await app.testing().test(.GET, url.path, headers: headers) { response async in
            #expect(response.status == .ok, "\(url.path): \(response.status)")
            text = response.body.string
        }
        return text
    }

    static func status(_ app: Application, _ url: SiteURL, _ headers: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.GET, url.path, headers: headers) { response async in status = response.status }
        return status
    }

    /// What `mine` (county names, firms, demands) must show and `theirs` must not, for one account.
    static func expectOnly(_ world: World, session: HTTPHeaders, token: HTTPHeaders, heshan: Bool) async throws {
        let app = world.app
        let (mine, theirs) = heshan ? (heshanFirm, otherFirm) : (otherFirm, heshanFirm)
        let (myDemand, theirDemand) = heshan ? (heshanDemand, otherDemand) : (otherDemand, heshanDemand)
        let (myRun, theirRun) = heshan ? (world.heshanRun, world.otherRun) : (world.otherRun, world.heshanRun)
        let (myRated, theirRated) = heshan ? (heshanRated, otherRated) : (otherRated, heshanRated)

        for url in [SiteURL.enterprises, .enterprise(creditCode: world.creditCode), .enterpriseExport(format: "csv"),
                    .api(.enterprises), .api(.enterprise(creditCode: world.creditCode))] {
            let text = try await body(app, url, url.path.hasPrefix("/api/") ? token : session)
            #expect(text.contains(mine), "\(url.path) lacks \(mine)")
            #expect(!text.contains(theirs), "\(url.path) shows the other county's firm")
        }
        // The list links each demand it shows; the two counties' first demands share a tracking number.
        let number = heshan ? world.heshanDemandNumber : world.otherDemandNumber
        let list = try await body(app, .demands, session)
        #expect(list.components(separatedBy: "href=\"\(SiteURL.demand(number: number).path)\"").count == 2,
                "the demands list shows another county's demand")
        for url in [SiteURL.demand(number: number), .demandExport(format: "csv"), .api(.demands),
                    .api(.demand(trackingNumber: number))] {
            let text = try await body(app, url, url.path.hasPrefix("/api/") ? token : session)
            #expect(text.contains(myDemand), "\(url.path) lacks the county's demand")
            #expect(!text.contains(theirDemand), "\(url.path) shows the other county's demand")
        }
        let runs = try await body(app, .api(.evaluationRuns), token)
        #expect(runs.contains(myRun.uuidString) && !runs.contains(theirRun.uuidString))
        let results = try await body(app, .api(.evaluationResults(runID: myRun.uuidString)), token)
        #expect(results.contains(myRated) && !results.contains(theirRated))
        #expect(try await status(app, .evaluationRun(id: theirRun.uuidString), session) == .notFound)
        #expect(try await status(app, .api(.evaluationResults(runID: theirRun.uuidString)), token) == .notFound)

        let plan = try await body(app, .plan, session)
        #expect(plan.contains(otherPlanTitle) != heshan, "the plan page shows another county's plan")
    }

    @Test("Heshan's leader and the other county's leader each see only their own county")
    func leaders() async throws {
        try await withTestApp { app in
            let world = try await Self.make(app)
            try await Self.expectOnly(world, session: try await app.signIn("hs-leader").headers,
                                      token: try await Self.bearer(app, "hs-leader"), heshan: true)
            try await Self.expectOnly(world, session: try await app.signIn("kp-leader").headers,
                                      token: try await Self.bearer(app, "kp-leader"), heshan: false)
        }
    }

    @Test("An administrator lists and manages only its own county's accounts; units bind within the county")
    func administrators() async throws {
        try await withTestApp { app in
            _ = try await Self.make(app)
            let heshan = try await Self.body(app, .adminUsers, try await app.signIn("hs-admin").headers)
            #expect(heshan.contains("hs-leader") && !heshan.contains("kp-leader"))
            let other = try await Self.body(app, .adminUsers, try await app.signIn("kp-admin").headers)
            #expect(other.contains("kp-leader") && !other.contains("hs-leader"))
            // The other county's enterprise account is bound to its own firm, not Heshan's of the same code.
            let firm = try #require(try await User.query(on: app.db).filter(\.$username == "kp-firm").first())
            let bound = try #require(try await Enterprise.find(firm.$enterprise.id, on: app.db))
            #expect(firm.countyCode == Self.other && bound.countyCode == Self.other && bound.name == Self.otherFirm)
        }
    }

    @Test("A firm account sees its own county's record of its credit code; Open311 serves the installation's county")
    func firmsAndOpen311() async throws {
        try await withTestApp { app in
            let world = try await Self.make(app)
            let token = try await Self.bearer(app, "kp-firm")
            let firm = try await Self.body(app, .api(.enterprise(creditCode: world.creditCode)), token)
            #expect(firm.contains(Self.otherFirm) && !firm.contains(Self.heshanFirm))
            let demands = try await Self.body(app, .api(.demands), token)
            #expect(demands.contains(Self.otherDemand) && !demands.contains(Self.heshanDemand))
            let open311 = try await Self.body(app, .open311(.root(file: "requests.json")), HTTPHeaders())
            // Both counties' first demand has the same tracking number: it appears as one request.
            #expect(open311.components(separatedBy: world.heshanDemandNumber).count == 2, "\(open311)")
        }
    }
}
