import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
@testable import BaiqiangApp

/// The one list of capabilities is what the application is built from: these check that every
/// part of it (migrations, resources, navigation, the plan's providers) comes from that list.
@Suite struct CapabilityListTests {
    @Test func capabilityIDsAreUnique() {
        let ids = Capabilities.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func migrationsAreNamedByNumberAndRegisteredInThatOrder() async throws {
        try await withTestApp { app in
            let names = Capabilities.migrations(app).map(\.name)
            #expect(Set(names).count == names.count, "two migrations share a name")
            for name in names {
                #expect(name.range(of: #"^[0-9]{3}_[a-z0-9_]+$"#, options: .regularExpression) != nil, "\(name)")
            }
            #expect(names == names.sorted())
            // A new database records them in that order.
            let sql = try #require(app.db as? any SQLDatabase)
            let recorded = try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY created_at, name")
                .all().map { try $0.decode(column: "name", as: String.self) }
            #expect(recorded == names)
        }
    }

    @Test func everyResourceFileBelongsToOneCapability() throws {
        for language in Language.allCases {
            let folder = AppResources.url("i18n/\(language.rawValue)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            #expect(files.map { String($0.dropLast(5)) }.sorted() == Capabilities.catalogues.sorted())
        }
        let parts = try FileManager.default.contentsOfDirectory(atPath: AppResources.url("openapi").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(parts.map { String($0.dropLast(5)) }.sorted() == Capabilities.apiDescriptions.sorted())
    }

    @Test func navigationFollowsTheList() {
        let keys = Capabilities.navigation.map(\.key)
        #expect(keys == ["nav.plan", "nav.enterprises", "nav.evaluation", "nav.land", "nav.projects", "nav.chains", "nav.demands", "nav.counties", "nav.supervision", "nav.grid"])
        #expect(Capabilities.navigation.filter { !$0.ready }.isEmpty, "every capability has landed")
    }

    /// A computed KPI's provider key starts with the id of the capability that feeds it: the
    /// default plan's KPIs are fed once that capability has landed, and not before.
    @Test func computedKPIsAreFedByTheCapabilityTheyName() async throws {
        try await withTestApp { app in
            for capability in Capabilities.all {
                for key in capability.kpiProviders(on: app.db, environment: app.appEnvironment).map(\.key) {
                    #expect(key.hasPrefix(capability.id + "."), "\(key) is fed by \(capability.id)")
                }
            }
            let registered = Set(Capabilities.kpiProviders(on: app.db, environment: app.appEnvironment).keys)
            let landed = Set(Capabilities.all.map(\.id))
            let document = try DefaultPlan.load(now: try #require(PlanDate(year: 2025, month: 6, day: 30)))
            let wanted = document.allKPIs.compactMap(\.provider)
            #expect(!wanted.isEmpty)
            for key in wanted {
                let owner = String(key.prefix { $0 != "." })
                #expect(registered.contains(key) == landed.contains(owner), "\(key)")
            }
        }
    }
}
