import BaiqiangCore
import Fluent
import Vapor

/// The one way to change data: a transaction that carries its audit recorder, taken in turn
/// through the application's write gate. Pages, the API, the CLI and importers all write here.
///
/// Two locks order the writers. Within a process, the gate: SQLite has one writer at a time and
/// refuses a second whose snapshot went stale, and on PostgreSQL a transaction waiting in the
/// database would hold a pooled connection that the writer ahead of it may need for a read, so
/// a burst of writes could take every connection and stall. Across processes (several servers on
/// one PostgreSQL), the audit head's row lock, taken first in every transaction: the chain is one
/// sequence, and a rule checked before writing (a free tracking number, a parcel that overlaps
/// none) stays true until the commit.
public struct Writer: Sendable {
    let database: any Database
    let gate: WriteGate
    public let actor: AuditActor
    let requestID: String?
    let key: AuditKey
    /// The clock, ids and reference data the change is made with.
    public let environment: AppEnvironment
    /// The county whose rows this writer writes: the signed-in principal's, else the
    /// installation's. County-owned rows take it from here, never from a form or a file.
    public var countyCode: String

    /// The same writer acting for another county's rows (an Open311 key's county, say).
    func inCounty(_ code: String) -> Writer {
        var copy = self
        copy.countyCode = code
        return copy
    }

    /// How often a transaction is tried when another process's writes keep getting in its way.
    static let attempts = 10

    /// Runs `body` in one transaction with its audit recorder. A transaction that fails only
    /// because another writer got in its way (`TransientConflict`) is rolled back and run again,
    /// after a short random pause; `body` is `@Sendable`, so it keeps no state between attempts.
    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database, AuditRecorder) async throws -> T
    ) async throws -> T {
        let actor = self.actor, requestID = self.requestID, database = self.database, key = self.key, clock = environment.clock
        let run: @Sendable () async throws -> T = {
            try await database.transaction { tx in
                try await AuditStore.lockHead(on: tx)
                return try await body(tx, AuditRecorder(database: tx, actor: actor, requestID: requestID, key: key, clock: clock))
            }
        }
        var attempt = 1
        while true {
            do {
                return try await gate.run(run)
            } catch let error where attempt < Self.attempts && TransientConflict.matches(error) {
                // The pause is drawn from the environment's randomness, like every other
                // random choice, so a test's environment decides it.
                let jitter = Int(environment.secureRandomBytes(1).first ?? 0) % 20 + 1
                try await Task.sleep(for: .milliseconds(jitter * attempt))
                attempt += 1
            }
        }
    }
}

extension Application {
    private struct WriteGateKey: StorageKey {
        typealias Value = WriteGate
    }

    /// The process-wide write gate (see `WriteGate`).
    public var writeGate: WriteGate {
        if let gate = storage[WriteGateKey.self] { return gate }
        let gate = WriteGate()
        storage[WriteGateKey.self] = gate
        return gate
    }

    /// A writer acting as `actor`, for commands and start-up work.
    public func writer(as actor: AuditActor) -> Writer {
        Writer(database: db, gate: writeGate, actor: actor, requestID: nil, key: auditKey, environment: appEnvironment,
               countyCode: appEnvironment.reference.countyCode)
    }
}

extension Request {
    /// A writer acting as the signed-in user (or anonymous), tagged with this request's id.
    var writer: Writer {
        writer(as: principal.map { AuditActor(name: $0.username, role: $0.role.rawValue) } ?? .anonymous)
    }

    /// A writer acting as `actor` (a system acting through this request), tagged with its id.
    func writer(as actor: AuditActor) -> Writer {
        Writer(database: db, gate: application.writeGate, actor: actor, requestID: id, key: application.auditKey,
               environment: application.appEnvironment, countyCode: countyCode)
    }
}
