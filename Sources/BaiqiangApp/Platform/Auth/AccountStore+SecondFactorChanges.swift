import BaiqiangCore
import Fluent
import Foundation

/// The writes of second factors, each in one audited transaction: set-up begun, confirmed, reset
/// by an administrator, and the grace started at a first sign-in. The audit rows say what changed
/// and when, never a secret or a code. Which code is right is `SecondFactorService`'s to say.
extension AccountStore {
    /// What a confirmed set-up leaves: the time step its code was accepted at, and the new
    /// recovery codes to show this once.
    struct Confirmation: Sendable {
        var step: Int64
        var recoveryCodes: [String]
    }

    /// Stores a secret from `makeSecret` as the account's secret being set up, replacing one not
    /// confirmed, and returns it; an active one stays in force until the new one is confirmed.
    static func beginSecondFactor(userID: UUID, username: String, writer: Writer,
                                  makeSecret: @escaping @Sendable () -> String) async throws -> String {
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            let record = try await store.secondFactorOrNew(of: userID)
            let before = record.id == nil ? nil : SecondFactorService.Snapshot(record)
            let secret = makeSecret()
            record.pendingSecret = secret
            record.pendingCreatedAt = environment.now
            try await store.save(record)
            try await audit.record(.secondFactorEnrolled, entity: .user, id: username, before: before,
                                   after: SecondFactorService.Snapshot(record))
            return secret
        }
    }

    /// Makes the secret being set up the account's second factor once `confirm` accepts it (given
    /// the pending secret as stored and the time, it throws to refuse): its recovery codes replace any old
    /// ones, and the account's other sessions and pending sign-ins end (`keepingSession`, the
    /// digest of the session making the change, stays). Returns the recovery codes.
    static func confirmSecondFactor(userID: UUID, username: String, keepingSession: String?, writer: Writer,
                                    confirm: @escaping @Sendable (String, Date) throws -> Confirmation) async throws -> [String] {
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let record = try await store.secondFactor(of: userID), let pending = record.pendingSecret else {
                throw SecondFactorError.nothingPending
            }
            let now = environment.now
            let accepted = try confirm(pending, now)
            let before = SecondFactorService.Snapshot(record, recoveryCodesLeft: try await store.unusedRecoveryCodeCount(of: userID))
            record.secret = pending
            record.createdAt = record.pendingCreatedAt
            record.confirmedAt = now
            record.lastStep = accepted.step
            record.pendingSecret = nil
            record.pendingCreatedAt = nil
            record.resetAt = nil
            try await store.save(record)
            try await store.replaceRecoveryCodes(of: userID, with: RecoveryCodeSet(codes: accepted.recoveryCodes).digests)
            try await store.endOtherSessions(of: userID, keeping: keepingSession)
            try await audit.record(.secondFactorConfirmed, entity: .user, id: username, before: before,
                                   after: SecondFactorService.Snapshot(record, recoveryCodesLeft: accepted.recoveryCodes.count))
            return accepted.recoveryCodes
        }
    }

    /// An administrator's reset of `county`'s account `username`: its second factor and recovery
    /// codes are gone, every session and pending sign-in of it ends, and the reset is noted.
    static func resetSecondFactor(username: String, in county: String, writer: Writer) async throws {
        let now = writer.environment.now
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username, in: county), let userID = user.id else {
                throw AccountError.unknownUser(username)
            }
            let record = try await store.secondFactorOrNew(of: userID)
            let before = record.id == nil ? nil
                : SecondFactorService.Snapshot(record, recoveryCodesLeft: try await store.unusedRecoveryCodeCount(of: userID))
            record.secret = nil
            record.createdAt = nil
            record.confirmedAt = nil
            record.lastStep = nil
            record.pendingSecret = nil
            record.pendingCreatedAt = nil
            record.resetAt = now
            try await store.save(record)
            try await store.replaceRecoveryCodes(of: userID, with: [])
            try await store.endOtherSessions(of: userID, keeping: nil)
            try await audit.record(.secondFactorReset, entity: .user, id: username, before: before,
                                   after: SecondFactorService.Snapshot(record, recoveryCodesLeft: 0))
        }
    }

    /// Records the start of the account's grace at its first sign-in under the policy.
    func startGraceIfDue(for user: User, factor: SecondFactorRecord?, policy: SecondFactorPolicy, now: Date,
                         audit: AuditRecorder) async throws {
        guard let id = user.id,
              policy.startsGrace(role: user.role, enrolled: factor?.isActive ?? false, graceStartedAt: factor?.graceStartedAt)
        else { return }
        let record: SecondFactorRecord
        if let factor { record = factor } else { record = try await secondFactorOrNew(of: id) }
        record.graceStartedAt = now
        try await save(record)
        try await audit.acting(as: .user(user)).record(
            .secondFactorGraceStarted, entity: .user, id: user.username, before: nil as SecondFactorService.GraceStart?,
            after: SecondFactorService.GraceStart(startedAt: now, endsAt: now.addingTimeInterval(policy.grace)))
    }

    /// Ends the account's sessions but `keeping`, and its pending sign-ins: a second factor that
    /// changed must be given again everywhere.
    private func endOtherSessions(of userID: UUID, keeping tokenHash: String?) async throws {
        try await deleteSessions(of: userID, keeping: tokenHash)
        try await deletePendingSignIns(of: userID)
    }
}
