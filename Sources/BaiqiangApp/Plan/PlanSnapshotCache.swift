import BaiqiangCore
import Vapor

/// The computed plans the cockpit, the public page, the big screen and the API serve, kept per
/// county and plan. An entry holds while the data generation (moved on by every committed
/// audited write, in any process) and the county's day are those it was computed at: a new
/// figure, a firm's import or a plan change shows on the next request of every server, and the
/// schedule moves at midnight.
actor PlanSnapshotCache {
    struct Key: Hashable {
        var county: String
        /// The plan asked for; nil for the default one.
        var selection: String?
        var publishedOnly: Bool
    }

    private struct Entry {
        var generation: DataGeneration
        var today: PlanDate
        var snapshot: PlanSnapshot
    }

    private var entries: [Key: Entry] = [:]

    func snapshot(_ key: Key, generation: DataGeneration, today: PlanDate) -> PlanSnapshot? {
        guard let entry = entries[key], entry.generation == generation, entry.today == today else { return nil }
        return entry.snapshot
    }

    /// Keeps `snapshot`, computed from data read at `generation`: a write committed meanwhile
    /// has moved the generation on, so the entry is already stale and is never served.
    func store(_ snapshot: PlanSnapshot, for key: Key, generation: DataGeneration, today: PlanDate) {
        // Keys come from existing plans only (an unknown code fails before it is stored); dropping
        // a county's other entries when its generation moves keeps the table small all the same.
        entries = entries.filter { $0.key.county != key.county || $0.value.generation == generation }
        entries[key] = Entry(generation: generation, today: today, snapshot: snapshot)
    }
}

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
        let key = Key(county: county, selection: selection, publishedOnly: publishedOnly)
        // Read before the data: a write that lands while computing leaves the entry stale.
        let generation = try await request.dataGeneration()
        let cache = request.application.planSnapshots
        if let hit = await cache.snapshot(key, generation: generation, today: today) { return (hit, generation) }

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
        await cache.store(snapshot, for: key, generation: generation, today: today)
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
        storage[PlanSnapshotsKey.self] = PlanSnapshotCache()
    }
}
