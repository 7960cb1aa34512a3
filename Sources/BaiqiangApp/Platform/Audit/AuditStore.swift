import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// The audit log's one place in the database: filtered pages for admins, chain verification, and
/// (in `AuditStore+Append`) the appending of rows inside the transaction of the change they record.
public struct AuditStore: Sendable {
    let db: any Database
    let key: AuditKey

    public struct Filter: Sendable {
        public var actor: String?
        public var entity: String?
        public var action: String?
        /// Inclusive bounds as dates (yyyy-MM-dd) in Asia/Shanghai.
        public var from: String?
        public var to: String?

        public init(actor: String? = nil, entity: String? = nil, action: String? = nil, from: String? = nil, to: String? = nil) {
            self.actor = actor
            self.entity = entity
            self.action = action
            self.from = from
            self.to = to
        }
    }

    /// Newest first; `before` is the sequence of the last row of the previous page.
    func page(_ filter: Filter, before: Int?, limit: Int) async throws -> (rows: [AuditEntry], next: Int?) {
        let query = AuditEntry.query(on: db).sort(\.$sequence, .descending)
        if let actor = filter.actor.nonEmpty { query.filter(\.$actor == actor) }
        if let entity = filter.entity.nonEmpty { query.filter(\.$entity == entity) }
        if let action = filter.action.nonEmpty { query.filter(\.$action ~~ action) }
        if let from = filter.from.nonEmpty, let start = ShanghaiDay.startUTC(of: from) {
            query.filter(\.$at >= AuditClock.timestamp(start))
        }
        if let to = filter.to.nonEmpty, let start = ShanghaiDay.startUTC(of: to) {
            query.filter(\.$at < AuditClock.timestamp(start.addingTimeInterval(86_400)))
        }
        if let before { query.filter(\.$sequence < before) }
        let rows = try await query.limit(limit + 1).all()
        let shown = Array(rows.prefix(limit))
        return (shown, rows.count > limit ? shown.last?.sequence : nil)
    }

    /// Checks the whole chain, and with an `anchor` that the row it names is unchanged; nil when intact.
    public func verify(anchor: AuditAnchor? = nil) async throws -> AuditChain.Break? {
        let checkpoint = try await AuditCheckpointRow.find(1, on: db)?.state
        let records = try await AuditEntry.query(on: db).sort(\.$sequence).all().map(\.record)
        let head = try await AuditHead.find(1, on: db)?.state
        return AuditChain.verify(records, head: head, key: key, anchor: anchor, checkpoint: checkpoint)
    }

    /// The anchor of the newest row (`0:000…` for an empty log), nil when the head is missing.
    public func anchor() async throws -> AuditAnchor? {
        try await AuditHead.find(1, on: db)?.state.anchor
    }

    /// What every committed audited write moves on, in whichever process it ran: the head's
    /// sequence and hash. A cache keyed by it never serves what such a write has changed.
    ///
    /// Every plan page reads it on every request, so it is read by position on the connection
    /// (`BulkReader`) rather than through a model: Fluent's decoding of the one row (reflection
    /// over the model's fields) was about 8% of a cached plan page's CPU in a profile.
    func generation() async throws -> DataGeneration {
        let query: SQLQueryString = "SELECT sequence, hash FROM \(ident: AuditHead.schema) WHERE id = 1"
        let head = try await BulkReader(database: db).fold(query, into: DataGeneration?.none) { head, cells in
            head = DataGeneration(sequence: try cells.integer(0) ?? 0, hash: try cells.text(1) ?? "")
        }
        return head ?? DataGeneration(sequence: 0, hash: "")
    }

    public func count() async throws -> Int {
        try await AuditEntry.query(on: db).count()
    }
}

extension Application {
    var auditStore: AuditStore { AuditStore(db: db, key: auditKey) }
}

extension Request {
    var auditStore: AuditStore { AuditStore(db: db, key: application.auditKey) }

    /// The data generation as this request found it. A page (GET or HEAD) reads it once, however
    /// many caches it consults; a request that may write reads it afresh each time, so what it
    /// has just written is never hidden behind what was kept before.
    func dataGeneration() async throws -> DataGeneration {
        let reading = method == .GET || method == .HEAD
        if reading, let known = storage[DataGenerationKey.self] { return known }
        let generation = try await auditStore.generation()
        if reading { storage[DataGenerationKey.self] = generation }
        return generation
    }

    private struct DataGenerationKey: StorageKey {
        typealias Value = DataGeneration
    }
}

extension Optional where Wrapped == String {
    /// The trimmed string, or nil when absent or blank.
    var nonEmpty: String? {
        guard let value = self?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
