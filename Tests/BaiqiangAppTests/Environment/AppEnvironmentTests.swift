import BaiqiangCore
import Fluent
import Foundation
import Testing
@testable import BaiqiangApp

@Suite("The app's environment")
struct AppEnvironmentTests {
    @Test("The county, its calendar years and its demand categories are the environment's")
    func referenceDataComesFromTheEnvironment() async throws {
        var reference = ReferenceData.bundled(countyProfile: AppConfiguration.defaultCountyProfile)
        let county = """
            code: testshire
            name: {zh: 测试县, en: Testshire}
            towns:
              - {code: north, name: {zh: 北镇, en: North Town}}
            departments:
              - {code: gxj, name: {zh: 工信局, en: Industry Bureau}}
              - {code: zsj, name: {zh: 诉求中心, en: Demand Centre}, demandCentre: true}
            """
        reference.countyProfile = { try CountyProfile.decode(yaml: county) }
        let bundledYears = try reference.calendarFiles()
        reference.calendarFiles = { bundledYears.filter { $0.name == "2026.yaml" } }
        let only = try #require(reference.demandCategories.category("sme"))
        reference.demandCategories = try DemandCategoryCatalog([only])

        try await withTestApp(environment: .test(reference: reference)) { app in
            #expect(try await Town.query(on: app.db).all(\.$code) == ["north"])
            #expect(try await CalendarYearRecord.query(on: app.db).all(\.$year) == [2026])
            try await app.testing().test(.GET, SiteURL.open311(.root(file: "services.json")).path) { response async throws in
                let services = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
                #expect(services?.compactMap { $0["service_code"] as? String } == ["sme"])
            }
        }
    }

    @Test("Test identifiers count up; live ones are random version-4 UUIDs")
    func identifiers() {
        let test = AppEnvironment.test()
        #expect([test.uuid(), test.uuid()].map(\.uuidString) == [
            "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"])
        let live = AppEnvironment.live()
        #expect(live.uuid() != live.uuid())
    }

    @Test("Secret bytes come from the system in the test environment too")
    func secretsStayUnpredictable() {
        let first = AppEnvironment.test(), second = AppEnvironment.test()
        #expect(first.secureRandomBytes(32) != second.secureRandomBytes(32))
        #expect(Secrets.randomToken(from: first) != Secrets.randomToken(from: second))
    }
}
