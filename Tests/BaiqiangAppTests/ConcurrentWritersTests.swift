import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A prefecture runs several servers on one PostgreSQL database (and a county may run the CLI
/// beside its server on one SQLite file): each process has its own write gate, so their
/// transactions meet in the database.
@Suite("Two servers writing to one database")
struct ConcurrentWritersTests {
    @Test("Demands submitted at once through two servers all succeed, numbered once each, and the audit chain holds")
    func twoServers() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            try await withSecondServer(of: app) { second in
                let worlds = [world, DemandWorld(app: second, firm: world.firm, otherFirm: world.otherFirm)]
                let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                    for index in 0..<16 {
                        group.addTask { try await worlds[index % 2].submit("firm", description: "第 \(index) 项诉求") }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(Set(numbers).count == 16)
                #expect(!numbers.contains(""))
                #expect(try await Demand.query(on: app.db).count() == 16)
                #expect(try await app.auditStore.verify() == nil, "no fork in the audit chain")
            }
        }
    }

    @Test("A figure written through one server shows on the other's cockpit and public page at their next request")
    func cachesFollowTheOtherServer() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await Fixture.user(app, "reviewer", .admin)
            try await withSecondServer(of: app) { second in
                let reader = try await second.signIn("edu")
                #expect(!(try await second.get(SiteURL.plan.path, as: reader).body).contains("3.75 亿元"))
                #expect(!(try await second.get(SiteURL.publicPlan.path).body).contains("3.75 亿元"))

                let writer = try await app.signIn("edu")
                try await app.testing().test(.POST, SiteURL.planKPIObservations(code: "education-investment-3y").path, headers: writer.headers,
                                             beforeRequest: { request in
                    try request.content.encode(["value": "3.75", "date": "2025-06-01", "source": "教育局", "_csrf": writer.csrf],
                                               as: .urlEncodedForm)
                }, afterResponse: { response async in #expect(response.status == .seeOther) })
                #expect(try await second.get(SiteURL.plan.path, as: reader).body.contains("3.75 亿元"), "the other server's write shows at once")

                let admin = try await app.signIn("reviewer")
                try await app.testing().test(.POST, SiteURL.planObservationReview(code: "education-investment-3y", date: "2025-06-01",
                                                                                   action: "publish").path,
                                             headers: admin.headers, beforeRequest: { request in
                    try request.content.encode(["_csrf": admin.csrf], as: .urlEncodedForm)
                }, afterResponse: { response async in #expect(response.status == .seeOther) })
                #expect(try await second.get(SiteURL.publicPlan.path).body.contains("3.75 亿元"))
            }
        }
    }
}

/// A second application on the same database, as another process would be.
func withSecondServer(of app: Application, configuration: AppConfiguration? = nil,
                      _ body: (Application) async throws -> Void) async throws {
    let second = try await Application.make(.testing)
    second.logger.logLevel = .critical
    // The same clock and ids as the first: two servers of one installation live at one time.
    second.appEnvironment = app.appEnvironment
    do {
        try configure(second, configuration ?? app.configuration)
        try await body(second)
    } catch {
        try? await second.asyncShutdown()
        throw error
    }
    try await second.asyncShutdown()
}
