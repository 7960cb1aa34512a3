import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A computed KPI's source is named by what it counts from, never by the provider's machine key.
@Suite("Plan: a computed KPI's source by name")
struct PlanProviderNameTests {
    @Test("The public land KPI says its figure is computed from the land disposal records, in both languages")
    func landSourceByName() async throws {
        try await withTestApp { app in
            let path = SiteURL.publicKPI(code: "low-efficiency-land-disposed").path
            for (language, expected) in [("zh-Hans", "系统计算（宗地处置记录）"), ("en", "Computed (land disposal records)")] {
                try await app.testing().test(.GET, path + "?lang=" + language) { response async in
                    #expect(response.status == .ok)
                    #expect(response.body.string.contains(expected), "\(language)")
                    #expect(!response.body.string.contains(LandKPIProvider.disposedKey), "\(language)")
                }
            }
        }
    }

    @Test("Every provider a shipped plan names has a name in both languages")
    func everyProviderNamed() async throws {
        try await withTestApp { app in
            let providers = Capabilities.kpiProviders(on: app.db, environment: app.appEnvironment, county: CountyCode.heshan)
            for key in providers.keys {
                for language in Language.allCases {
                    let context = PageContext.rendering(language, as: nil)
                    #expect(PlanProviderName.name(key, context) != key, "\(key) in \(language)")
                }
            }
        }
    }
}
