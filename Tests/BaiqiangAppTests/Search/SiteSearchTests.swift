import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The header search finds only what the account may see: each capability's own scoping decides.
@Suite struct SiteSearchTests {
    struct Result: Decodable {
        struct Group: Decodable {
            struct Item: Decodable {
                var title: String
                var code: String?
                var url: String
                var is_demo: Bool
            }
            var kind: String
            var items: [Item]
            var more: Bool
            var list_url: String
        }
        var query: String
        var groups: [Group]

        func codes(_ kind: String) -> [String] { groups.first { $0.kind == kind }?.items.compactMap(\.code) ?? [] }
        func titles(_ kind: String) -> [String] { groups.first { $0.kind == kind }?.items.map(\.title) ?? [] }
    }

    static func search(_ world: DemandWorld, _ username: String, _ q: String) async throws -> Result {
        var result = Result(query: "", groups: [])
        try await world.app.testing().test(.GET, SiteURL.api(.search).path(query: ["q": q]), headers: try await world.bearer(username)) { response async throws in
            #expect(response.status == .ok, "\(response.body.string)")
            result = try decodeJSON(Result.self, response)
        }
        return result
    }

    @Test("An enterprise finds only its own demands, a town only its town's")
    func demandsAreScoped() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let mine = try await world.submit("firm", description: "厂房用电增容")
            let theirs = try await world.submit("other", description: "厂房用电增容")
            #expect(try await Self.search(world, "firm", "用电增容").codes("demands") == [mine])
            #expect(try await Self.search(world, "other", "用电增容").codes("demands") == [theirs])
            #expect(try await Self.search(world, "shaping", "用电增容").codes("demands") == [mine], "the firm of 沙坪 only")
            #expect(Set(try await Self.search(world, "centre", "用电增容").codes("demands")) == [mine, theirs])
            #expect(try await Self.search(world, "firm", theirs).codes("demands").isEmpty, "not even by tracking number")
        }
    }

    @Test("An enterprise finds only its own firm; a town only its town's firms, by name or credit code")
    func firmsAreScoped() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            #expect(try await Self.search(world, "firm", "鹤山").codes("enterprises") == [world.firm])
            #expect(try await Self.search(world, "shaping", "鹤山").codes("enterprises") == [world.firm])
            #expect(try await Self.search(world, "shaping", world.otherFirm).groups.isEmpty)
            let all = try await Self.search(world, "admin", "鹤山")
            #expect(Set(all.codes("enterprises")) == [world.firm, world.otherFirm])
            #expect(all.titles("enterprises").contains("鹤山甲企业"), "named, not only coded")
        }
    }

    @Test("A project's real name is not found by an account that may not see it; its codename is")
    func projectNamesStayConfidential() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            try await Fixture.user(app, "gonghe", .town, binding: "gonghe")
            try await Fixture.user(app, "tcj", .department, binding: "tcj")
            try await ProjectFixture.project(app, ProjectFixture.record("机密光伏基地", codename: "代号星火", town: "gonghe", lead: "tcj"))
            #expect(try await Self.search(world, "gonghe", "机密光伏").groups.isEmpty, "before signing the town sees the codename only")
            #expect(try await Self.search(world, "gonghe", "星火").titles("projects") == ["代号星火"])
            #expect(try await Self.search(world, "tcj", "机密光伏").titles("projects") == ["机密光伏基地"], "the lead department")
            #expect(try await Self.search(world, "admin", "机密光伏").titles("projects") == ["机密光伏基地"])
        }
    }

    @Test("KPIs by code or name; a group shows at most five hits, says there are more and links the filtered list")
    func kpisAndGroupLimits() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            for serial in 20..<27 { try await Fixture.enterprise(app, serial: serial, name: "同名制造\(serial)", town: "shaping") }
            let found = try await Self.search(world, "admin", "同名制造")
            let group = try #require(found.groups.first { $0.kind == "enterprises" })
            #expect(group.items.count == SiteSearch.hitsPerKind)
            #expect(group.more)
            #expect(group.list_url == SiteURL.enterprises.path + "?q=" + "同名制造".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)
            let kpis = try await Self.search(world, "firm", "GDP")
            #expect(!kpis.titles("kpis").isEmpty, "every account reads the plan: \(kpis.groups.map(\.kind))")
        }
    }

    @Test("The page: a box in every signed-in header, results grouped with names, demo rows labelled, a too-long query a 400")
    func thePage() async throws {
        try await withTestApp { app in
            _ = try await DemandWorld.make(app)
            let town = try await Town.query(on: app.db).filter(\.$code == "shaping").first()?.id
            try await Enterprise(creditCode: CreditCode.completing("91440784000009999")!, name: "演示精密机械", townID: town, isDemo: true)
                .create(on: app.db)
            let admin = try await app.signIn("admin")
            try await app.testing().test(.GET, SiteURL.home.path, headers: admin.headers) { response async in
                #expect(response.body.string.contains(#"<form method="get" action="/search" class="site-search""#))
            }
            try await app.testing().test(.GET, SiteURL.search.path(query: ["q": "精密机械"]), headers: admin.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("<h2>企业</h2>"))
                #expect(html.contains("演示精密机械"))
                #expect(html.contains("演示数据"))
            }
            try await app.testing().test(.GET, SiteURL.search.path(query: ["q": String(repeating: "长", count: 65)]), headers: admin.headers) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("搜索词最多 64 个字符"))
            }
            try await app.testing().test(.GET, SiteURL.search.path(query: ["q": "精密"])) { response async in
                #expect(response.status != .ok, "signed out, no search")
            }
        }
    }
}
