import BaiqiangCore
import Vapor

/// The computed plans the cockpit, the public page, the big screen and the API serve, kept per
/// county, plan and day while the data generation stands (`GenerationCache`): a new figure, a
/// firm's import or a plan change, in any process, shows on the next request of every server,
/// and the schedule moves at midnight.
struct PlanSnapshotKey: Hashable, Sendable {
    var county: String
    /// The plan asked for; nil for the default one.
    var selection: String?
    var publishedOnly: Bool
    var today: PlanDate
}

typealias PlanSnapshotCache = GenerationCache<PlanSnapshotKey, PlanSnapshot>

extension PlanSnapshotCache {
    /// The snapshot of the plan `request` asks for (`?plan=CODE`, else the current plan; on the
    /// public page only published plans, the current one first), from the cache when still true.
    static func snapshot(_ request: Request, publishedOnly: Bool) async throws -> PlanSnapshot {
        try await read(request, publishedOnly: publishedOnly).snapshot
    }

    /// The snapshot, and the data generation it was found true at: what else the page caches on
    /// the same terms (the big screen's rates) is looked up by it without reading it again.
    static func read(_ request: Request, publishedOnly: Bool) async throws -> (snapshot: PlanSnapshot, generation: DataGeneration) {
        let county = request.countyCode, today = request.appEnvironment.today
        let selection = request.planSelection
        let key = PlanSnapshotKey(county: county, selection: selection, publishedOnly: publishedOnly, today: today)
        // Read before the data: a write that lands while computing leaves the entry stale.
        let generation = try await request.dataGeneration()
        let cache = request.application.planSnapshots
        if let hit = await cache.value(key, at: generation) { return (hit, generation) }

        var store = request.planStore
        var plans = try await store.summaries()
        if publishedOnly { plans = plans.filter(\.isPublished) }
        let chosen: PlanSummary?
        if let selection {
            chosen = plans.first { $0.code == selection }
        } else {
            chosen = plans.first(where: \.isCurrent) ?? (publishedOnly ? plans.first : nil)
        }
        guard let chosen else { throw Abort(.notFound) }
        store.selection = chosen.code
        var document = try await store.require()
        // A milestone a capability's records answer for (the Longi project's land, trial and full
        // production) is read from those records, not from what was typed into the plan.
        let readings = try await Capabilities.milestoneReadings(on: request.db, environment: request.appEnvironment, county: county, asOf: today)
        for (code, reading) in readings where document.milestone(code) != nil {
            document.updateMilestone(code) { $0 = reading.applied(to: $0) }
        }
        // The public sees reviewed current figures only, never one waiting for review, and no
        // figure that rests on demo records.
        let snapshot = try await PlanSnapshot.make(
            publishedOnly ? document.publishedOnly.reviewedFiguresOnly : document,
            providers: Capabilities.kpiProviders(on: request.db, environment: request.appEnvironment, county: county),
            today: today, factsOnly: publishedOnly, plans: plans, selection: chosen.isCurrent ? nil : chosen.code)
        // Keys come from existing plans only: an unknown code fails before it is stored.
        await cache.store(snapshot, for: key, at: generation)
        return (snapshot, generation)
    }
}

extension Application {
    private struct PlanSnapshotsKey: StorageKey {
        typealias Value = PlanSnapshotCache
    }

    var planSnapshots: PlanSnapshotCache {
        guard let cache = storage[PlanSnapshotsKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installPlanSnapshots() {
        storage[PlanSnapshotsKey.self] = PlanSnapshotCache(capacity: 256)
    }
}
