import BaiqiangCore
import Vapor

/// The big screen's three demand rates, kept per county and day while the data generation
/// stands (`GenerationCache`). The screen refreshes itself every few minutes on every
/// meeting-room display, and without this each refresh counted the month's demands again.
struct PlanScreenRatesKey: Hashable, Sendable {
    var county: String
    var today: PlanDate
}

typealias PlanScreenRatesCache = GenerationCache<PlanScreenRatesKey, [PlanScreenPage.Rate]>

extension PlanScreenRatesCache {
    /// The rates of `request`'s county today. `generation` was read before the data (with the
    /// plan's snapshot).
    static func rates(_ request: Request, today: PlanDate, generation: DataGeneration) async throws -> [PlanScreenPage.Rate] {
        try await request.application.planScreenRates.value(.init(county: request.countyCode, today: today), at: generation) {
            try await PlanScreenController.rates(request, today: today)
        }
    }
}

extension Application {
    private struct PlanScreenRatesStorageKey: StorageKey {
        typealias Value = PlanScreenRatesCache
    }

    var planScreenRates: PlanScreenRatesCache {
        guard let cache = storage[PlanScreenRatesStorageKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installPlanScreenRates() {
        storage[PlanScreenRatesStorageKey.self] = PlanScreenRatesCache(capacity: 1_000)
    }
}
