import BaiqiangCore
import Fluent
import Foundation
import Synchronization

/// Appends rows to the audit log inside the transaction of the change they record, so a change
/// and its audit row commit or vanish together.
public struct AuditRecorder: Sendable {
    let database: any Database
    let actor: AuditActor
    let requestID: String?
    let key: AuditKey
    let clock: AppClock

    init(database: any Database, actor: AuditActor, requestID: String?, key: AuditKey, clock: AppClock) {
        self.database = database
        self.actor = actor
        self.requestID = requestID
        self.key = key
        self.clock = clock
    }

    /// The same recorder acting for someone else: a sign-in is recorded as done by the person
    /// signing in, although no one is signed in yet when it happens.
    public func acting(as actor: AuditActor) -> AuditRecorder {
        AuditRecorder(database: database, actor: actor, requestID: requestID, key: key, clock: clock)
    }

    /// Records one change; `before` and `after` are snapshots encoded as JSON (nil for none).
    /// Actions and entities are Core's named lists, so the log can always say what a row means.
    public func record<B: Encodable, A: Encodable>(
        _ action: AuditAction, entity: AuditEntity, id: String, before: B?, after: A?
    ) async throws {
        try await append(action.code, entity: entity.code, id: id, before: before.map(Self.json), after: after.map(Self.json))
    }

    /// Records one change whose snapshots are already JSON text.
    func record(_ action: AuditAction, entity: AuditEntity, id: String, beforeJSON: String?, afterJSON: String?) async throws {
        try await append(action.code, entity: entity.code, id: id, before: beforeJSON, after: afterJSON)
    }

    /// Records an event without a before or after state (a login, a verification).
    public func record(_ action: AuditAction, entity: AuditEntity, id: String) async throws {
        try await append(action.code, entity: entity.code, id: id, before: nil, after: nil)
    }

    private func append(_ action: String, entity: String, id: String, before: String?, after: String?) async throws {
        guard let head = try await AuditStore.lockedHead(on: database) else { throw AuditLogRefusal.headMissing }
        // A head that does not verify means a wrong key or a rewritten head: rows appended now
        // would be MACed with a key the rest of the log does not answer to, so nothing is written.
        let current = head.state
        guard current.isSealed(with: key) else { throw AuditLogRefusal.headNotSealed }
        var record = AuditRecord(
            sequence: current.sequence + 1, at: AuditClock.timestamp(clock.now), actor: actor.name,
            role: actor.role, action: action, entity: entity, entityID: id, before: before, after: after,
            requestID: requestID, previousHash: current.hash)
        record.hash = AuditChain.mac(of: record, key: key)
        try await AuditStore.append(record, movingHead: head, to: .sealed(sequence: record.sequence, hash: record.hash, key: key),
                                    on: database)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Why a change cannot be recorded, so is not made: the audit log's head is gone or does not
/// answer to the configured key.
public struct AuditLogRefusal: BilingualError {
    public let message: BilingualText

    static let headMissing = AuditLogRefusal(message: BilingualText(
        zh: "审计日志的头记录缺失，无法记录更改，因此未作更改。请运行 baiqiang audit verify 并从备份恢复数据库",
        en: "The audit log's head record is missing, so no change can be recorded and none was made. Run baiqiang audit verify and restore the database from a backup"))

    static let headNotSealed = AuditLogRefusal(message: BilingualText(
        zh: "审计日志的头记录无法用当前审计密钥验证（密钥不对，或头记录被改写），无法记录更改，因此未作更改。请恢复原密钥文件或设置 BAIQIANG_AUDIT_KEY，并运行 baiqiang audit verify",
        en: "The audit log's head record does not verify with the current audit key (a wrong key, or a rewritten head), so no change can be recorded and none was made. Restore the original key file or set BAIQIANG_AUDIT_KEY, and run baiqiang audit verify"))
}

/// The audit log's timestamp format: UTC, ISO 8601, milliseconds; sorts as text.
enum AuditClock {
    static func timestamp(_ date: Date) -> String {
        formatter.withLock { $0.string(from: date) }
    }

    /// One formatter for the process (every log line and audited write asks for a timestamp;
    /// making a formatter costs more than using it), used by one caller at a time.
    private static let formatter = Mutex({
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }())
}
