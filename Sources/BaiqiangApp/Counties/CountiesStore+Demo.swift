import BaiqiangCore
import Fluent

extension CountiesStore {
    /// Whether generated figures of this prefecture are stored already (a second demo run adds none).
    func hasDemoFigures() async throws -> Bool {
        try await RegionalFigureRow.query(on: db).filter(\.$owner == prefecture.code).filter(\.$isDemo == true).count() > 0
    }

    /// Whether a county's registry holds no firm yet: only then does the demo fill it.
    func registryIsEmpty(county: String) async throws -> Bool {
        try await Enterprise.query(on: db, county: county).count() == 0
    }
}
