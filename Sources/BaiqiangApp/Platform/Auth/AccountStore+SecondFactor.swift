import BaiqiangCore
import Fluent
import Foundation

/// Second factors, their recovery codes and sign-ins waiting for a code: every read and write of
/// those tables. Secrets and codes never leave here except to the service that checks them.
extension AccountStore {
    func secondFactor(of userID: UUID) async throws -> SecondFactorRecord? {
        try await SecondFactorRecord.query(on: db).filter(\.$user.$id == userID).first()
    }

    /// The account's row, made (unsaved) when it has none yet.
    func secondFactorOrNew(of userID: UUID) async throws -> SecondFactorRecord {
        try await secondFactor(of: userID) ?? SecondFactorRecord(userID: userID)
    }

    /// Which of `userIDs` have an active second factor, in one query.
    func withActiveSecondFactor(among userIDs: [UUID]) async throws -> Set<UUID> {
        guard !userIDs.isEmpty else { return [] }
        let rows = try await SecondFactorRecord.query(on: db).filter(\.$user.$id ~~ userIDs)
            .filter(\.$secret != nil).filter(\.$confirmedAt != nil).all()
        return Set(rows.map { $0.$user.id })
    }

    func save(_ record: SecondFactorRecord) async throws {
        try await record.save(on: db)
    }

    /// The digests of the account's unused recovery codes, with their rows.
    func unusedRecoveryCodes(of userID: UUID) async throws -> [RecoveryCodeRecord] {
        try await RecoveryCodeRecord.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).all()
    }

    func unusedRecoveryCodeCount(of userID: UUID) async throws -> Int {
        try await RecoveryCodeRecord.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).count()
    }

    /// Replaces every recovery code of the account with `digests` (none: the account has none).
    func replaceRecoveryCodes(of userID: UUID, with digests: [String]) async throws {
        try await RecoveryCodeRecord.query(on: db).filter(\.$user.$id == userID).delete()
        for digest in digests {
            try await RecoveryCodeRecord(userID: userID, digest: digest).create(on: db)
        }
    }

    func markUsed(_ code: RecoveryCodeRecord, at date: Date) async throws {
        code.usedAt = date
        try await code.update(on: db)
    }

    /// The pending sign-in whose cookie token has `tokenHash`, with its account.
    func pendingSignIn(tokenHash: String) async throws -> PendingSignIn? {
        try await PendingSignIn.query(on: db).filter(\.$tokenHash == tokenHash).with(\.$user).first()
    }

    func create(_ pending: PendingSignIn) async throws {
        try await pending.create(on: db)
    }

    func update(_ pending: PendingSignIn) async throws {
        try await pending.update(on: db)
    }

    func delete(_ pending: PendingSignIn) async throws {
        try await pending.delete(on: db)
    }

    /// Forgets pending sign-ins that ended before `date`.
    func prunePendingSignIns(endedBefore date: Date) async throws {
        try await PendingSignIn.query(on: db).filter(\.$expiresAt < date).delete()
    }

    /// Ends every pending sign-in of the account (its second factor changed).
    func deletePendingSignIns(of userID: UUID) async throws {
        try await PendingSignIn.query(on: db).filter(\.$user.$id == userID).delete()
    }
}
