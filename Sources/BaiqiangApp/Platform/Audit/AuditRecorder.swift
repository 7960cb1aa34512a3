import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Appends rows to the audit log inside the transaction of the change they record, so a change
/// and its audit row commit or vanish together.
public struct AuditRecorder: Sendable {
    let database: any Database
    let actor: AuditActor
    let requestID: String?

    /// The same recorder acting for someone else: a sign-in is recorded as done by the person
    /// signing in, although no one is signed in yet when it happens.
    public func acting(as actor: AuditActor) -> AuditRecorder {
        AuditRecorder(database: database, actor: actor, requestID: requestID)
    }

    /// Records one change; `before` and `after` are snapshots encoded as JSON (nil for none).
    public func record<B: Encodable, A: Encodable>(
        _ action: String, entity: String, id: String, before: B?, after: A?
    ) async throws {
        try await append(action, entity: entity, id: id, before: before.map(Self.json), after: after.map(Self.json))
    }

    /// Records one change whose snapshots are already JSON text.
    func record(_ action: String, entity: String, id: String, beforeJSON: String?, afterJSON: String?) async throws {
        try await append(action, entity: entity, id: id, before: beforeJSON, after: afterJSON)
    }

    /// Records an event without a before or after state (a login, a verification).
    public func record(_ action: String, entity: String, id: String) async throws {
        try await append(action, entity: entity, id: id, before: nil, after: nil)
    }

    private func append(_ action: String, entity: String, id: String, before: String?, after: String?) async throws {
        let head = try await lockedHead()
        var record = AuditRecord(
            sequence: (head?.sequence ?? 0) + 1, at: AuditClock.timestamp(Date()), actor: actor.name,
            role: actor.role, action: action, entity: entity, entityID: id, before: before, after: after,
            requestID: requestID, previousHash: head?.hash ?? AuditChain.genesis)
        record.hash = AuditChain.hash(of: record)
        try await AuditEntry(record).create(on: database)
        if let head {
            head.sequence = record.sequence
            head.hash = record.hash
            try await head.update(on: database)
        } else {
            try await AuditHead(sequence: record.sequence, hash: record.hash).create(on: database)
        }
    }

    /// The head row, locked against other writers until this transaction ends where the
    /// database supports row locks (PostgreSQL); SQLite's single writer makes that implicit.
    private func lockedHead() async throws -> AuditHead? {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM audit_head WHERE id = 1 FOR UPDATE").run()
        }
        return try await AuditHead.find(1, on: database)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The audit log's timestamp format: UTC, ISO 8601, milliseconds; sorts as text.
enum AuditClock {
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
