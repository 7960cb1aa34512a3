import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The county keeps its own low-efficiency rules: the land bureau changes a threshold on the
/// rules page and every land page applies it at once; a wrong file is refused where it is wrong
/// and saves nothing; every version is kept, audited and downloadable, and the shipped rules can
/// be restored.
@Suite("Land: the county's own low-efficiency rules")
struct LandRulesTests {
    /// The shipped file with the plot ratio floor raised from 1.0 to `minimum`.
    static func rules(plotRatio minimum: String) throws -> String {
        let shipped = try LowEfficiencyRules.bundledYAML()
        let raised = shipped.replacingOccurrences(of: "minimum: 1.0", with: "minimum: \(minimum)")
        #expect(raised != shipped)
        return raised
    }

    static func parcels(_ app: Application) async throws {
        _ = try await LandAppTests.importer(app).run(LandAppTests.file([
            #"{"parcel_number":"LOW","town":"gonghe","plot_ratio":0.6}"#,
            #"{"parcel_number":"MID","town":"gonghe","plot_ratio":1.2}"#,
            #"{"parcel_number":"FINE","town":"gonghe","plot_ratio":1.6}"#,
        ]), source: "f", crs: nil)
    }

    static func listed(_ app: Application, _ browser: Browser) async throws -> Set<String> {
        var shown: Set<String> = []
        try await app.testing().test(.GET, SiteURL.land.path + "?rule=plot_ratio_below", headers: browser.headers) { response async in
            for number in ["LOW", "MID", "FINE"] where response.body.string.contains(">\(number)<") { shown.insert(number) }
        }
        return shown
    }

    @Test("The land bureau raises the plot ratio floor: the list applies it at once, the version is kept, audited and downloadable")
    func bureauChangesThreshold() async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            #expect(try await Self.listed(app, browser) == ["LOW"])
            try await app.testing().test(.GET, SiteURL.landRules.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("系统自带规则"))
                #expect(response.body.string.contains("name=\"yaml\""))
            }
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser,
                                                  ["yaml": try Self.rules(plotRatio: "1.5"), "reason": "县政府常务会议提高容积率门槛"]) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("已保存为第 1 版"))
                #expect(response.body.string.contains("容积率低于 1.5"))
            }
            #expect(try await Self.listed(app, browser) == ["LOW", "MID"])
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "land.rules.changed").first())
            #expect(entry.after?.contains("plot_ratio_below 1.5") == true)
            #expect(entry.before?.contains("plot_ratio_below 1.0") == true)
            try await app.testing().test(.GET, SiteURL.landRulesFile.path + "?version=1", headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("minimum: 1.5"))
            }
            // Restoring the shipped rules is one more version; the first stays readable.
            try await LandDisposalPagesTests.post(app, SiteURL.landRulesRestore.path, browser, ["reason": "恢复省定口径"]) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("已保存为第 2 版"))
            }
            #expect(try await Self.listed(app, browser) == ["LOW"])
            #expect(try await LandRuleSetRow.query(on: app.db).count() == 2)
        }
    }

    @Test("A wrong file is refused with its line and column, keeps what was typed, and saves nothing; so does a missing reason")
    func wrongFileSavesNothing() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            let broken = "rules:\n  - id: idle\n    name: {zh: 闲置, en: idle\n"
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser, ["yaml": broken, "reason": "试改"]) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("第 4 行") || response.body.string.contains("第 3 行"))
                #expect(response.body.string.contains("name: {zh: 闲置, en: idle"))
            }
            let zeroYears = try LowEfficiencyRules.bundledYAML().replacingOccurrences(of: "years: 2", with: "years: 0")
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser, ["yaml": zeroYears, "reason": "试改"]) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("须为正数"))
            }
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser, ["yaml": try Self.rules(plotRatio: "1.5"), "reason": " "]) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("请写明修改规则的原因"))
            }
            #expect(try await LandRuleSetRow.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "land.rules.changed").count() == 0)
        }
    }

    @Test("Only administrators and the land bureau change the rules; the others read them without a form and are refused")
    func onlyBureauAndAdmin() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "industry", .department, binding: "gxj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "root", .admin)
            for user in ["boss", "industry", "townuser"] {
                let browser = try await app.signIn(user)
                try await app.testing().test(.GET, SiteURL.landRules.path, headers: browser.headers) { response async in
                    #expect(response.status == .ok)
                    #expect(!response.body.string.contains("name=\"yaml\""))
                }
                try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser,
                                                      ["yaml": try Self.rules(plotRatio: "3"), "reason": "越权"]) { response in
                    #expect(response.status == .forbidden)
                }
                try await LandDisposalPagesTests.post(app, SiteURL.landRulesRestore.path, browser, ["reason": "越权"]) { response in
                    #expect(response.status == .forbidden)
                }
            }
            #expect(try await LandRuleSetRow.query(on: app.db).count() == 0)
            let admin = try await app.signIn("root")
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, admin, ["yaml": try Self.rules(plotRatio: "1.2"), "reason": "管理员代为修改"]) { response in
                #expect(response.status == .ok)
            }
            #expect(try await LandRuleSetRow.query(on: app.db).count() == 1)
        }
    }

    @Test("The rules API answers with the county's rules in force")
    func apiFollowsCounty() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            let fewer = "rules:\n  - id: only_idle\n    name: {zh: 闲置, en: Idle}\n    test: idle\n    years: 3\n    county_choice: true\n"
            try await LandDisposalPagesTests.post(app, SiteURL.landRules.path, browser, ["yaml": fewer, "reason": "只保留闲置规则"]) { response in
                #expect(response.status == .ok)
            }
            var bearer = HTTPHeaders()
            bearer.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: "bureau").token)
            try await app.testing().test(.GET, SiteURL.api(.landRules).path, headers: bearer) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("only_idle"))
                #expect(!response.body.string.contains("holder_class_d"))
            }
        }
    }
}
