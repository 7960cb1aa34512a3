import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Several servers on one database behave as one: what a person did through one server holds
/// on the next request through any other (on SQLite in `swift test`, on PostgreSQL in CI).
@Suite("Servers sharing one database behave as one")
struct MultiServerTests {
    @Test("A session begun on one server is honoured by the other, and signing out on either ends it on both")
    func sessions() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            try await withSecondServer(of: app) { second in
                let browser = try await app.signIn("lead")
                try await second.testing().test(.GET, SiteURL.plan.path, headers: browser.headers) { response async in
                    #expect(response.status == .ok)
                }
                try await second.testing().test(.POST, SiteURL.logout.path, headers: browser.headers, beforeRequest: { request in
                    try request.content.encode(["_csrf": browser.csrf], as: .urlEncodedForm)
                })
                try await app.testing().test(.GET, SiteURL.plan.path, headers: browser.headers) { response async in
                    #expect(response.status != .ok, "signed out through the other server")
                }
            }
        }
    }

    @Test("Failed logins through both servers add up: the delay starts once the free failures are used, wherever they were made")
    func failedLoginsAddUp() async throws {
        try await withTestApp(configure: { $0.trustedProxies = ["127.0.0.1"] }) { app in
            try await Fixture.user(app, "admin1", .admin)
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            try await withSecondServer(of: app) { second in
                let free = LoginThrottle().freeFailures
                for attempt in 0..<free {
                    let server = attempt.isMultiple(of: 2) ? app : second
                    #expect(try await server.postLogin("admin1", "Wrong-password-1", from: "203.0.113.7").status == .unauthorized)
                }
                let refused = try await app.postLogin("admin1", Fixture.password, from: "203.0.113.7")
                #expect(refused.status == .tooManyRequests, "the free failures were made through both servers: neither alone saw them all")
            }
        }
    }

    @Test("A demand filed through one server is accepted through the other, and both list it in its new state at once")
    func demandsAcrossServers() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            try await withSecondServer(of: app) { second in
                let other = DemandWorld(app: second, firm: world.firm, otherFirm: world.otherFirm)
                let number = try await world.submit("firm")
                #expect(try await other.list("centre").contains(number))
                #expect(try await other.act("centre", number, ["action": "accept"]).status == .ok)
                #expect(try await world.act("centre", number, ["action": "accept"]).status != .ok, "already accepted through the other server")
                let stored = try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first())
                #expect(stored.status == DemandStatus.accepted.rawValue)
                #expect(try await app.auditStore.verify() == nil)
            }
        }
    }

    @Test("Evaluation runs started at once through two servers get distinct versions, and the audit chain holds")
    func evaluationRunsAcrossServers() async throws {
        try await withTestApp { app in
            _ = try await DemoRegistry.fill(app, firms: 40, seed: 3, actor: .system)
            try await withSecondServer(of: app) { second in
                let versions = try await withThrowingTaskGroup(of: Int.self) { group in
                    for index in 0..<4 {
                        let server = index.isMultiple(of: 2) ? app : second
                        group.addTask {
                            try await EvaluationStore(db: server.db, principal: .countyWide)
                                .runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: 2025, writer: server.writer(as: .commandLine("gxj")))
                                .version
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(versions.sorted() == [1, 2, 3, 4])
                #expect(try await app.auditStore.verify() == nil)
            }
        }
    }
}
