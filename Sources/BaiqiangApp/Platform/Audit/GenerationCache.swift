import Vapor

/// What was computed from the data, kept while the data generation it was computed at stands.
/// Every committed audited write, in whichever process it ran, moves the generation on, so an
/// entry is never served after a write that could change it; the caller reads the generation
/// before the data, so a write landing while computing leaves the entry stale from the start.
///
/// Entries of one generation only are kept: when it moves on the table starts again, and it
/// starts again too past `capacity`, which bounds it whatever the keys.
actor GenerationCache<Key: Hashable & Sendable, Value: Sendable> {
    private var entries: [Key: Value] = [:]
    private var generation: DataGeneration?
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(_ key: Key, at generation: DataGeneration) -> Value? {
        guard generation == self.generation else { return nil }
        return entries[key]
    }

    func store(_ value: Value, for key: Key, at generation: DataGeneration) {
        if generation != self.generation || entries.count >= capacity {
            entries = [:]
            self.generation = generation
        }
        entries[key] = value
    }
}

extension GenerationCache {
    /// The value of `key` at `generation`, computed by `compute` (from data read after the
    /// generation) when not kept.
    nonisolated func value(_ key: Key, at generation: DataGeneration,
                           orCompute compute: @Sendable () async throws -> Value) async throws -> Value {
        if let kept = await value(key, at: generation) { return kept }
        let computed = try await compute()
        await store(computed, for: key, at: generation)
        return computed
    }
}
