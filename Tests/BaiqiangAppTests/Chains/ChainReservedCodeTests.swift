import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A chain whose code is a page of its own under `/chains` (`/chains/new`) could never be
/// reached: the one Core check refuses it, so the upload, the form and the API all do.
@Suite("Chains: codes that are pages under /chains are refused")
struct ChainReservedCodeTests {
    @Test("Every page under /chains that is not a chain's own is a reserved code")
    func everyFixedPageIsReserved() {
        for url in [SiteURL.chainNew, .chainImport] {
            let word = String(url.path.split(separator: "/").last ?? "")
            #expect(ChainLimits.reservedCodes.contains(word), "\(url.path)")
        }
        for url in [SiteURL.chainEdit(code: "x"), .chainFirms(code: "x"), .chainLeads(code: "x")] {
            let word = String(url.path.split(separator: "/").last ?? "")
            #expect(ChainLimits.reservedCodes.contains(word), "\(url.path)")
        }
    }

    @Test("The upload, the new-chain form and the API refuse the code `new` bilingually; nothing is written or audited")
    func refusedEverywhere() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let browser = try await app.signIn("gxj1")
            let chains = try await ChainRow.query(on: app.db).count()
            let audited = try await ChainFixture.auditCount(app, prefix: "chains.")

            let upload = try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML(code: "new"))
            #expect(upload.0 == .badRequest && upload.1.contains("编码 “new” 是系统保留字"), "\(upload.1.prefix(300))")

            var form = ChainNewFormTests.fields(code: "import")
            form["_csrf"] = browser.csrf
            let posted = try await ChainFixture.post(app, SiteURL.chainNew.path, browser, form)
            #expect(posted.0 == .badRequest && posted.1.contains("编码 “import” 是系统保留字"))
            let english = try await ChainFixture.post(app, SiteURL.chainNew.path + "?lang=en", browser, form)
            #expect(english.0 == .badRequest && english.1.contains("The code “import” is reserved"))

            let token = try await ProjectsAPITests.bearer(app, "gxj1")
            let api = try await ChainsAPIWriteTests.save(app, token, yaml: ChainFixture.chainYAML(code: "template"))
            #expect(api.status == .badRequest && api.detail?.contains("编码 “template” 是系统保留字") == true, "\(api.body)")

            #expect(try await ChainRow.query(on: app.db).count() == chains)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.") == audited)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code ~~ ["new", "import", "template"]).count() == 0)
        }
    }
}
