import NIOConcurrencyHelpers
import Vapor

/// A counter per county that every committed audited write moves on: what was computed from a
/// county's data at one generation is still true while the generation stays the same, so a
/// cache keyed by it never serves figures a write has changed.
public final class DataGenerations: Sendable {
    private let counters = NIOLockedValueBox<[String: UInt64]>([:])

    public init() {}

    public func current(_ county: String) -> UInt64 {
        counters.withLockedValue { $0[county] ?? 0 }
    }

    func advance(_ county: String) {
        counters.withLockedValue { $0[county, default: 0] += 1 }
    }
}

extension Application {
    private struct DataGenerationsKey: StorageKey {
        typealias Value = DataGenerations
    }

    /// The process's data generations (see `DataGenerations`).
    public var dataGenerations: DataGenerations {
        if let generations = storage[DataGenerationsKey.self] { return generations }
        let generations = DataGenerations()
        storage[DataGenerationsKey.self] = generations
        return generations
    }
}
