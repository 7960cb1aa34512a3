import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The chain writes of `/api/v1/chains`: the same store and rules as the pages, the same roles,
/// a 400 problem naming what is refused with nothing written, and an audit entry for each write.
@Suite("Chains API: saving a chain, replacing it, firms on nodes by hand")
struct ChainsAPIWriteTests {
    struct Sent {
        var status: HTTPStatus
        var body: String
        var detail: String?
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, json: [String: Any]) async throws -> Sent {
        var sent = Sent(status: .ok, body: "")
        var headers = headers
        headers.contentType = .json
        let body = try JSONSerialization.data(withJSONObject: json)
        try await app.testing().test(method, path, headers: headers, body: ByteBuffer(data: body)) { response async in
            sent.status = response.status
            sent.body = response.body.string
            let object = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            sent.detail = object?["detail"] as? String
        }
        return sent
    }

    static func save(_ app: Application, _ headers: HTTPHeaders, yaml: String) async throws -> Sent {
        try await send(app, .POST, SiteURL.api(.chains).path, headers, json: ["definition": yaml])
    }

    @Test("A cycle, an unknown node and a duplicate node are each a 400 naming it, with the line; nothing is written or audited")
    func refusals() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let token = try await ProjectsAPITests.bearer(app, "gxj1")
            let audited = try await ChainFixture.auditCount(app, prefix: "chains.")
            let cycle = try await Self.save(app, token, yaml: ChainFixture.chainYAML(edges: [("a", "b"), ("b", "c"), ("c", "a")]))
            #expect(cycle.status == .badRequest)
            #expect(cycle.detail?.contains("产业链关系形成循环：a → b → c → a") == true, "\(cycle.detail ?? "")")
            let unknown = try await Self.save(app, token, yaml: ChainFixture.chainYAML(edges: [("a", "x")]))
            #expect(unknown.status == .badRequest)
            #expect(unknown.detail?.contains("未知的产业链节点 “x”") == true)
            #expect(unknown.detail?.contains("第 9 行") == true, "\(unknown.detail ?? "")")
            let duplicate = try await Self.save(app, token, yaml: ChainFixture.chainYAML(nodes: ["a", "a"], edges: []))
            #expect(duplicate.status == .badRequest && duplicate.detail?.contains("节点编码 “a” 重复") == true)
            let json = try await Self.send(app, .POST, SiteURL.api(.chains).path, token, json: [
                "code": "json-chain", "name": ["zh": "链", "en": "chain"],
                "nodes": [["code": "a", "segment": "upstream", "name": ["zh": "甲", "en": "A"]]],
                "edges": [["from": "a", "to": "z"]],
            ])
            #expect(json.status == .badRequest && json.detail?.contains("未知的产业链节点 “z”") == true)
            let shapeless = try await Self.send(app, .POST, SiteURL.api(.chains).path, token, json: ["code": "no-name"])
            #expect(shapeless.status == .badRequest && shapeless.detail?.contains("name") == true)
            #expect(try await ChainRow.query(on: app.db).count() == 4)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.") == audited, "nothing written, nothing audited")
        }
    }

    @Test("Replacing a chain that drops the node a project sits on is a 400 naming the node; the chain stays as it was")
    func nodeInUse() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let token = try await ProjectsAPITests.bearer(app, "admin1")
            let before = try #require(try await ChainRow.query(on: app.db).filter(\.$code == "silicon-energy").first()).definition
            let refused = try await Self.send(app, .PUT, SiteURL.api(.chain(code: "silicon-energy")).path, token,
                                              json: ["definition": ChainFixture.chainYAML(code: "silicon-energy")])
            #expect(refused.status == .badRequest)
            #expect(refused.detail?.contains("节点 “modules” 上还有招商项目") == true)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "silicon-energy").first()?.definition == before)
            let renamed = try await Self.send(app, .PUT, SiteURL.api(.chain(code: "high-end-equipment")).path, token,
                                              json: ["definition": ChainFixture.chainYAML(code: "other")])
            #expect(renamed.status == .badRequest && renamed.detail?.contains("编码须保持为") == true)
            let missing = try await Self.send(app, .PUT, SiteURL.api(.chain(code: "nowhere")).path, token,
                                              json: ["definition": ChainFixture.chainYAML(code: "nowhere")])
            #expect(missing.status == .notFound)
        }
    }

    @Test("A leader and a town are refused every chain write (403) and nothing is written")
    func roles() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let code = try await ChainFixture.firm(app, serial: 1, name: "共和五金厂", town: "gonghe", industry: "3311", outputWan: 100)
            for name in ["boss", "townuser"] {
                let token = try await ProjectsAPITests.bearer(app, name)
                #expect(try await Self.save(app, token, yaml: ChainFixture.chainYAML()).status == .forbidden, "\(name)")
                let put = try await Self.send(app, .PUT, SiteURL.api(.chain(code: "high-end-equipment")).path, token,
                                              json: ["definition": ChainFixture.chainYAML(code: "high-end-equipment")])
                #expect(put.status == .forbidden, "\(name)")
                let place = try await Self.send(app, .POST, SiteURL.api(.chainFirms(code: "silicon-energy")).path, token,
                                                json: ["node": "inverters", "credit_code": code, "action": "add"])
                #expect(place.status == .forbidden, "\(name)")
            }
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "test-chain").count() == 0)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "high-end-equipment").first()?.nodeCount == 8)
            #expect(try await ChainFirmOverrideRow.query(on: app.db).count() == 0)
        }
    }

    @Test("A department saves a chain (201, audited), replaces it (200, audited) and puts a firm on a node (audited); an unknown firm is 400")
    func writesAreAudited() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let token = try await ProjectsAPITests.bearer(app, "gxj1")
            let firm = try await ChainFixture.firm(app, serial: 1, name: "共和五金厂", town: "gonghe", industry: "3311", outputWan: 100)
            let created = try await Self.save(app, token, yaml: ChainFixture.chainYAML())
            #expect(created.status == .created)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.created") == 5)
            let replaced = try await Self.send(app, .PUT, SiteURL.api(.chain(code: "test-chain")).path, token,
                                               json: ["definition": ChainFixture.chainYAML(nodes: ["a", "b"], edges: [("a", "b")])])
            #expect(replaced.status == .ok)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.changed") == 1)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "test-chain").first()?.nodeCount == 2)
            let path = SiteURL.api(.chainFirms(code: "test-chain")).path
            let placed = try await Self.send(app, .POST, path, token, json: ["node": "b", "credit_code": firm, "action": "add"])
            #expect(placed.status == .ok && placed.body.contains("共和五金厂"))
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.firm.") == 1)
            let stranger = try await Self.send(app, .POST, path, token, json: ["node": "b", "credit_code": "91440784000000999X", "action": "add"])
            #expect(stranger.status == .badRequest && stranger.body.contains("91440784000000999X"))
            let noNode = try await Self.send(app, .POST, path, token, json: ["node": "zz", "credit_code": firm, "action": "add"])
            #expect(noNode.status == .badRequest && noNode.detail?.contains("“zz”") == true)
            let badAction = try await Self.send(app, .POST, path, token, json: ["node": "b", "credit_code": firm, "action": "move"])
            #expect(badAction.status == .badRequest)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.firm.") == 1)
        }
    }

    @Test("The API and the page agree: the same file is refused with the same reason, and a chain saved by the API is the page's")
    func apiAndPageAgree() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let token = try await ProjectsAPITests.bearer(app, "gxj1")
            let browser = try await app.signIn("gxj1")
            let bad = ChainFixture.chainYAML(edges: [("a", "x")])
            let api = try await Self.save(app, token, yaml: bad)
            let page = try await ChainFixture.upload(app, browser, yaml: bad)
            let reason = "未知的产业链节点 “x”"
            #expect(api.detail?.contains(reason) == true && page.1.contains(reason))
            let json = try await Self.send(app, .POST, SiteURL.api(.chains).path, token, json: [
                "code": "json-chain", "name": ["zh": "接口链", "en": "API chain"], "chief": "张三",
                "nodes": [["code": "a", "segment": "upstream", "name": ["zh": "甲", "en": "A"], "industry_codes": ["3825"]],
                          ["code": "b", "segment": "downstream", "name": ["zh": "乙", "en": "B"]]],
                "edges": [["from": "a", "to": "b"]],
            ])
            #expect(json.status == .created)
            try await app.testing().test(.GET, SiteURL.chains.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("接口链") && response.body.string.contains("张三"))
            }
            let stored = try #require(try await ChainRow.query(on: app.db).filter(\.$code == "json-chain").first())
            #expect(try stored.chain().edges == [ChainEdge(from: "a", to: "b")])
            try await app.testing().test(.GET, SiteURL.chainEdit(code: "json-chain").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("industry_codes"), "the page edits the file the API wrote")
            }
        }
    }
}
