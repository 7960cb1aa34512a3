import BaiqiangCore
import Fluent
import Foundation
import Testing
@testable import BaiqiangApp

@Suite("The command line's session opens the data, not the web server")
struct AppSessionTests {
    @Test("A session has no routes and no OpenAPI query rules, and imports a file")
    func dataOnly() async throws {
        let (location, drop) = try await TestDatabase.make()
        var config = AppConfiguration(database: location)
        config.auditKey = .key(.test)
        let session: AppSession
        do {
            session = try await AppSession.open(config, actor: .commandLine("ops"))
        } catch {
            await drop()
            throw error
        }
        do {
            #expect(session.app.routes.all.isEmpty)
            #expect(session.app.queryParameterRules == nil, "the OpenAPI document is not loaded")
            let file = RegistryTests.header + "\n"
                + "\(RegistryTests.code(1)),鹤山市甲科技有限公司,shaping,3976,2024,1000,950,200,10,5,8,1.5,3,30,5,1\n"
            let outcome = try await session.importRegistry(.figures, data: Data(file.utf8), fileName: "y.csv", partial: false)
            #expect(outcome.report.inserted == 1)
            #expect(try await EnterpriseYearFigure.query(on: session.app.db).count() == 1)
        } catch {
            await session.close()
            await drop()
            throw error
        }
        await session.close()
        await drop()
    }
}
