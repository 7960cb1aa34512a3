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
        return try await AccountStore.beginSecondFactor(userID: userID, username: username, writer: writer) {
            Base32.encode(environment.secureRandomBytes(Self.secretBytes))
        }
    }

    /// Confirms the secret being set up with a code of it: it becomes the account's second
    /// factor, ten new recovery codes replace any old ones, and the account's other sessions end
    /// (`keepingSession`, the digest of the session making the change, stays). Returns the
    /// recovery codes, to be shown this once.
    func confirm(userID: UUID, username: String, code: String, keepingSession: String?) async throws -> [String] {
        let environment = writer.environment
        return try await AccountStore.confirmSecondFactor(userID: userID, username: username, keepingSession: keepingSession,
                                                          writer: writer) { pending, now in
            guard let secret = Base32.decode(pending) else { throw SecondFactorError.nothingPending }
            // A fresh secret has no step used yet; the old secret's steps say nothing about it.
            guard case .accepted(let step) = TOTPVerifier(Self.totp(secret)).verify(code, at: now, lastAcceptedStep: nil) else {
                throw SecondFactorError.wrongCode
            }
            let codes = try RecoveryCodes.generate(from: environment.secureRandomBytes(RecoveryCodes.bytesNeeded))
            return AccountStore.Confirmation(step: step, recoveryCodes: codes)
        }
    }

    /// An administrator's reset: the account's second factor and recovery codes are gone, every
    /// session and pending sign-in of it ends, and, where the policy reaches it, it must set one
    /// up again at its next sign-in (its grace does not start over).
    func reset(username: String, in county: String) async throws {
        try await AccountStore.resetSecondFactor(username: username, in: county, writer: writer)
    }

    struct GraceStart: Codable, Sendable {
        var startedAt: Date
        var endsAt: Date
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
