import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A leader's page lists their linked firms and projects, as far as the reader's role reaches,
/// one page at a time; the firm and project pages link to it.
@Suite("A leader's page: linked firms and projects, role-scoped and paginated")
struct LeaderPageTests {
    /// 李市长 linked by account to a firm in 沙坪 (with 2025 output) and one in 共和, by typed name
    /// to a third in 共和, and to a project from a file.
    static func world(_ app: Application) async throws -> (leader: User, codes: [String]) {
        let leader = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
        let a = try await Fixture.enterprise(app, serial: 1, name: "沙坪甲", town: "shaping")
        let b = try await Fixture.enterprise(app, serial: 2, name: "共和乙", town: "gonghe")
        let c = try await Fixture.enterprise(app, serial: 3, name: "共和丙", town: "gonghe")
        _ = try await Fixture.enterprise(app, serial: 4, name: "无关丁", town: "shaping")
        for (code, byAccount) in [(a, true), (b, true), (c, false)] {
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            firm.cityLeader = "李市长"
            firm.cityLeaderID = byAccount ? leader.id : nil
            try await firm.update(on: app.db)
        }
        var figures = EnterpriseYearFigures(creditCode: a, year: 2025, aboveScale: true)
        figures[.outputWan] = 12345
        try await Fixture.yearFigures(app, figures)
        let file = "项目名称,代号,年份,计划投资（亿元）,镇街,阶段,阶段日期,挂钩领导账号\n挂钩项目,代号甲,2024,12,gonghe,签约,2024-03-01,lishi\n"
        _ = try await ProjectImporter(writer: app.writer(as: .system), db: app.db).run(Data(file.utf8), sheet: nil, partial: false)
        return (leader, [a, b, c])
    }

    @Test("A department sees every linked firm with its output, and the project with its stage; the firm page links here")
    func wholeCounty() async throws {
        try await withTestApp { app in
            let (_, codes) = try await Self.world(app)
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let gx = try await app.signIn("gxj1")
            let (status, body) = try await app.get(SiteURL.leader(username: "lishi").path, as: gx)
            #expect(status == .ok)
            #expect(body.contains("沙坪甲") && body.contains("共和乙") && body.contains("共和丙") && !body.contains("无关丁"))
            #expect(body.contains("12,345") || body.contains("12345"))
            #expect(body.contains("挂钩项目") && body.contains("签约"))
            let (_, profile) = try await app.get(SiteURL.enterprise(creditCode: codes[0]).path, as: gx)
            #expect(profile.contains("href=\"/leaders/lishi\""))
        }
    }

    @Test("A town reads only its own town's linked firms on a leader's page")
    func townScoped() async throws {
        try await withTestApp { app in
            _ = try await Self.world(app)
            try await Fixture.user(app, "gonghe1", .town, binding: "gonghe")
            let town = try await app.signIn("gonghe1")
            let (status, body) = try await app.get(SiteURL.leader(username: "lishi").path, as: town)
            #expect(status == .ok)
            #expect(body.contains("共和乙") && body.contains("共和丙"))
            #expect(!body.contains("沙坪甲"), "another town's firm is not shown")
        }
    }

    @Test("/leaders/me is a leader's own page; other roles, unknown names, non-leaders and other counties' leaders get 404")
    func meAndUnknown() async throws {
        try await withTestApp { app in
            _ = try await Self.world(app)
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let away = try await Fixture.user(app, "xinhui", .leader, displayName: "新会领导")
            away.countyCode = "440705"
            try await away.update(on: app.db)
            let lead = try await app.signIn("lishi")
            let (status, body) = try await app.get(SiteURL.leaderMe.path, as: lead)
            #expect(status == .ok && body.contains("沙坪甲"))
            let gx = try await app.signIn("gxj1")
            #expect(try await app.get(SiteURL.leaderMe.path, as: gx).status == .notFound)
            for name in ["nobody", "gxj1", "xinhui"] {
                #expect(try await app.get(SiteURL.leader(username: name).path, as: gx).status == .notFound, "\(name)")
            }
        }
    }

    @Test("Linked firms come 25 to a page")
    func paginated() async throws {
        try await withTestApp { app in
            let leader = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            for serial in 1...26 {
                let code = try await Fixture.enterprise(app, serial: serial, name: String(format: "企业%02d", serial), town: "shaping")
                let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
                firm.townLeaderID = leader.id
                try await firm.update(on: app.db)
            }
            let lead = try await app.signIn("lishi")
            let (_, first) = try await app.get(SiteURL.leaderMe.path, as: lead)
            #expect(first.contains("企业25") && !first.contains("企业26") && first.contains("1 / 2"))
            let (_, second) = try await app.get(SiteURL.leader(username: "lishi").path + "?firms_page=2", as: lead)
            #expect(second.contains("企业26") && !second.contains("企业25"))
        }
    }
}
