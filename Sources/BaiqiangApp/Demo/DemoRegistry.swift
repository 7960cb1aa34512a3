import BaiqiangCore
import Foundation
import Vapor

/// Fills the registry with Core's generated demo county (`DemoCounty`), deterministic by seed,
/// in batches inside one audited transaction. Every generated firm is flagged as demo data.
public enum DemoRegistry {
    public struct Summary: Sendable {
        public var firms: Int
        public var yearlyRows: Int
        public var monthlyRows: Int
    }

    /// Firms are generated and written in batches of this many, so a million firms never sit in
    /// memory at once.
    static let batchSize = 2_000

    /// Fills an empty registry; refuses one that already has firms other than demo accounts' own.
    static func fill(_ app: Application, firms: Int, seed: UInt64, actor: AuditActor, county: String? = nil) async throws -> Summary {
        let generated = try DemoCounty(seed: seed, firmCount: firms)
        let writer = county.map { app.writer(as: actor).inCounty($0) } ?? app.writer(as: actor)
        return try await EnterpriseStore.fillDemo(generated, seed: seed, batchSize: batchSize, writer: writer)
    }
}

struct DemoRegistryError: BilingualError {
    let message: BilingualText
}

extension AppSession {
    /// `baiqiang demo`: fills an empty registry with a generated county.
    public func fillDemoRegistry(firms: Int, seed: UInt64) async throws -> DemoRegistry.Summary {
        try await DemoRegistry.fill(app, firms: firms, seed: seed, actor: actor)
    }
}
