import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `/api/v1/chains`: the chains with counts, one chain's nodes, firms and gaps, scoped like the pages.
@Suite("Chains API: the list and one chain")
struct ChainsAPITests {
    struct List: Decodable {
        struct Item: Decodable { var code: String; var firms: Int; var gaps: Int }
        var items: [Item]
    }

    struct Detail: Decodable {
        struct Node: Decodable {
            struct Firm: Decodable { var name: String }
            var code: String
            var strength: String
            var firms: [Firm]
        }
        struct Gaps: Decodable { var fill: [String]; var extend: [String] }
        var nodes: [Node]
        var gaps: Gaps
    }

    @Test("The list counts each chain's firms and gaps; one chain gives its nodes with their firms and its gaps; a town sees its own firms")
    func listAndDetail() async throws {
        try await withTestApp { app in
            try await ChainFixture.firm(app, serial: 1, name: "共和组件厂", town: "gonghe", industry: "3825", outputWan: 1_000)
            try await ChainFixture.firm(app, serial: 2, name: "沙坪组件厂", town: "shaping", industry: "3825", outputWan: 1_000)
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let boss = try await ProjectsAPITests.bearer(app, "boss")
            try await app.testing().test(.GET, SiteURL.api(.chains).path, headers: boss) { response async throws in
                #expect(response.status == .ok)
                let list = try decodeJSON(List.self, response)
                #expect(list.items.count == 4)
                #expect(list.items.first { $0.code == "silicon-energy" }?.firms == 2)
            }
            try await app.testing().test(.GET, SiteURL.api(.chain(code: "silicon-energy")).path, headers: boss) { response async throws in
                let detail = try decodeJSON(Detail.self, response)
                let modules = try #require(detail.nodes.first { $0.code == "modules" })
                #expect(modules.firms.count == 2 && modules.strength == "solid")
                #expect(detail.gaps.fill.contains("silicon") && !detail.gaps.fill.contains("modules"))
                #expect(detail.gaps.extend.contains("wafers"))
            }
            let town = try await ProjectsAPITests.bearer(app, "townuser")
            try await app.testing().test(.GET, SiteURL.api(.chain(code: "silicon-energy")).path, headers: town) { response async throws in
                let detail = try decodeJSON(Detail.self, response)
                #expect(detail.nodes.first { $0.code == "modules" }?.firms.map(\.name) == ["共和组件厂"])
            }
            try await app.testing().test(.GET, SiteURL.api(.chain(code: "nowhere")).path, headers: boss) { response async in
                #expect(response.status == .notFound)
            }
        }
    }
}
