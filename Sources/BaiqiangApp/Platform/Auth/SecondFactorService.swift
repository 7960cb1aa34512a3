import BaiqiangCore
import Fluent
import Foundation

/// Setting up, confirming and resetting an account's second factor, each in one audited
/// transaction. The audit rows say what changed and when, never a secret or a code.
struct SecondFactorService {
    let writer: Writer

    /// The settings every enrolment uses (what authenticator apps assume): SHA-1, 6 digits, 30 s.
    static func totp(_ secret: [UInt8]) -> TOTP { TOTP(secret: secret) }
    /// 160 bits, the length RFC 4226 recommends for an HMAC-SHA1 key.
    static let secretBytes = 20

    /// What the audit log keeps of a second factor.
    struct Snapshot: Codable, Sendable {
        var active: Bool
        var confirmedAt: Date?
        var pendingSince: Date?
        var recoveryCodesLeft: Int?
        var resetAt: Date?

        init(_ record: SecondFactorRecord, recoveryCodesLeft: Int? = nil) {
            active = record.isActive
            confirmedAt = record.confirmedAt
            pendingSince = record.pendingCreatedAt
            self.recoveryCodesLeft = recoveryCodesLeft
            resetAt = record.resetAt
        }
    }

    /// Makes a new secret for `userID` to confirm, replacing one not confirmed; an active one
    /// stays in force until the new one is confirmed. Returns the secret as Base32.
    func begin(userID: UUID, username: String) async throws -> String {
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            let record = try await store.secondFactorOrNew(of: userID)
            let before = record.id == nil ? nil : Snapshot(record)
            let secret = Base32.encode(environment.secureRandomBytes(Self.secretBytes))
            record.pendingSecret = secret
            record.pendingCreatedAt = environment.now
            try await store.save(record)
            try await audit.record(.secondFactorEnrolled, entity: .user, id: username, before: before, after: Snapshot(record))
            return secret
        }
    }

    /// Confirms the secret being set up with a code of it: it becomes the account's second
    /// factor, ten new recovery codes replace any old ones, and the account's other sessions end
    /// (`keepingSession`, the digest of the session making the change, stays). Returns the
    /// recovery codes, to be shown this once.
    func confirm(userID: UUID, username: String, code: String, keepingSession: String?) async throws -> [String] {
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let record = try await store.secondFactor(of: userID), let pending = record.pendingSecret,
                  let secret = Base32.decode(pending) else { throw SecondFactorError.nothingPending }
            let now = environment.now
            // A fresh secret has no step used yet; the old secret's steps say nothing about it.
            guard case .accepted(let step) = TOTPVerifier(Self.totp(secret)).verify(code, at: now, lastAcceptedStep: nil) else {
                throw SecondFactorError.wrongCode
            }
            let before = Snapshot(record, recoveryCodesLeft: try await store.unusedRecoveryCodeCount(of: userID))
            let codes = try RecoveryCodes.generate(from: environment.secureRandomBytes(RecoveryCodes.bytesNeeded))
            record.secret = pending
            record.createdAt = record.pendingCreatedAt
            record.confirmedAt = now
            record.lastStep = step
            record.pendingSecret = nil
            record.pendingCreatedAt = nil
            record.resetAt = nil
            try await store.save(record)
            try await store.replaceRecoveryCodes(of: userID, with: RecoveryCodeSet(codes: codes).digests)
            try await Self.endOtherSessions(of: userID, keeping: keepingSession, store: store)
            try await audit.record(.secondFactorConfirmed, entity: .user, id: username, before: before,
                                   after: Snapshot(record, recoveryCodesLeft: codes.count))
            return codes
        }
    }

    /// An administrator's reset: the account's second factor and recovery codes are gone, every
    /// session and pending sign-in of it ends, and, where the policy reaches it, it must set one
    /// up again at its next sign-in (its grace does not start over).
    func reset(username: String, in county: String) async throws {
        let now = writer.environment.now
        try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let user = try await store.user(named: username, in: county), let userID = user.id else {
                throw AccountError.unknownUser(username)
            }
            let record = try await store.secondFactorOrNew(of: userID)
            let before = record.id == nil ? nil : Snapshot(record, recoveryCodesLeft: try await store.unusedRecoveryCodeCount(of: userID))
            record.secret = nil
            record.createdAt = nil
            record.confirmedAt = nil
            record.lastStep = nil
            record.pendingSecret = nil
            record.pendingCreatedAt = nil
            record.resetAt = now
            try await store.save(record)
            try await store.replaceRecoveryCodes(of: userID, with: [])
            try await Self.endOtherSessions(of: userID, keeping: nil, store: store)
            try await audit.record(.secondFactorReset, entity: .user, id: username, before: before,
                                   after: Snapshot(record, recoveryCodesLeft: 0))
        }
    }

    /// Records the start of the account's grace at its first sign-in under the policy.
    static func startGraceIfDue(for user: User, factor: SecondFactorRecord?, policy: SecondFactorPolicy, now: Date,
                                store: AccountStore, audit: AuditRecorder) async throws {
        guard let id = user.id,
              policy.startsGrace(role: user.role, enrolled: factor?.isActive ?? false, graceStartedAt: factor?.graceStartedAt)
        else { return }
        let record: SecondFactorRecord
        if let factor { record = factor } else { record = try await store.secondFactorOrNew(of: id) }
        record.graceStartedAt = now
        try await store.save(record)
        try await audit.acting(as: .user(user)).record(
            .secondFactorGraceStarted, entity: .user, id: user.username, before: nil as GraceStart?,
            after: GraceStart(startedAt: now, endsAt: now.addingTimeInterval(policy.grace)))
    }

    struct GraceStart: Codable, Sendable {
        var startedAt: Date
        var endsAt: Date
    }

    /// Ends the account's sessions but `keeping`, and its pending sign-ins: a second factor that
    /// changed must be given again everywhere.
    private static func endOtherSessions(of userID: UUID, keeping tokenHash: String?, store: AccountStore) async throws {
        try await store.deleteSessions(of: userID, keeping: tokenHash)
        try await store.deletePendingSignIns(of: userID)
    }
}

/// Why a second factor was not set up or given.
enum SecondFactorError: BilingualError, Equatable {
    case wrongCode
    case nothingPending

    var message: BilingualText {
        switch self {
        case .wrongCode:
            BilingualText(zh: "验证码不正确或已使用过，请输入认证器应用当前显示的 6 位数字",
                          en: "The code is wrong or was used already: type the 6 digits your authenticator app shows now")
        case .nothingPending:
            BilingualText(zh: "没有待确认的设置，请重新开始设置", en: "Nothing is being set up: start the set-up again")
        }
    }
}
