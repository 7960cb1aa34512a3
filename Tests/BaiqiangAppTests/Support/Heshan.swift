@testable import BaiqiangApp
import Fluent
import BaiqiangCore

/// The test data is Heshan's, the county every test installation serves.
extension Principal {
    static let countyWide = countyWide(of: CountyCode.heshan)
}

extension Capabilities {
    static func kpiProviders(on db: any Database, environment: AppEnvironment) -> KPIProviderRegistry {
        kpiProviders(on: db, environment: environment, county: CountyCode.heshan)
    }
}

extension Capability {
    func kpiProviders(on db: any Database, environment: AppEnvironment) -> [any KPIValueProvider] {
        kpiProviders(on: db, environment: environment, county: CountyCode.heshan)
    }
}
