import BaiqiangCore
import Vapor

/// The big screen's three demand rates, kept per county on the same terms as the plan's
/// snapshots: an entry holds while the data generation and the county's day are those it was
/// counted at. The screen refreshes itself every few minutes on every meeting-room display, and
/// without this each refresh counted the month's demands again.
actor PlanScreenRatesCache {
    private struct Entry {
        var generation: DataGeneration
        var today: PlanDate
        var rates: [PlanScreenPage.Rate]
    }

    private var entries: [String: Entry] = [:]

    func rates(county: String, generation: DataGeneration, today: PlanDate) -> [PlanScreenPage.Rate]? {
        guard let entry = entries[county], entry.generation == generation, entry.today == today else { return nil }
        return entry.rates
    }

    /// Keeps `rates`, counted from data read at `generation`; a write committed meanwhile has
    /// moved the generation on, so such an entry is never served.
    func store(_ rates: [PlanScreenPage.Rate], county: String, generation: DataGeneration, today: PlanDate) {
        entries[county] = Entry(generation: generation, today: today, rates: rates)
    }
}

extension PlanScreenRatesCache {
    /// The rates of `request`'s county today, from the cache when still true. `generation` was
    /// read before the data (with the plan's snapshot): a write that lands while counting leaves
    /// the entry stale.
    static func rates(_ request: Request, today: PlanDate, generation: DataGeneration) async throws -> [PlanScreenPage.Rate] {
        let county = request.countyCode
        let cache = request.application.planScreenRates
        if let hit = await cache.rates(county: county, generation: generation, today: today) { return hit }
        let rates = try await PlanScreenController.rates(request, today: today)
        await cache.store(rates, county: county, generation: generation, today: today)
        return rates
    }
}

extension Application {
    private struct PlanScreenRatesKey: StorageKey {
        typealias Value = PlanScreenRatesCache
    }

    var planScreenRates: PlanScreenRatesCache {
        guard let cache = storage[PlanScreenRatesKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installPlanScreenRates() {
        storage[PlanScreenRatesKey.self] = PlanScreenRatesCache()
    }
}
