import Foundation
import Testing
@testable import BaiqiangCore

@Suite("TOTP second factor (RFC 6238)")
struct TOTPTests {
    static let seed1 = Array("12345678901234567890".utf8)
    static let seed256 = Array("12345678901234567890123456789012".utf8)
    static let seed512 = Array("1234567890123456789012345678901234567890123456789012345678901234".utf8)

    /// RFC 6238 Appendix B: (Unix time, SHA-1, SHA-256, SHA-512), eight digits.
    static let vectors: [(Int64, String, String, String)] = [
        (59, "94287082", "46119246", "90693936"),
        (1_111_111_109, "07081804", "68084774", "25091201"),
        (1_111_111_111, "14050471", "67062674", "99943326"),
        (1_234_567_890, "89005924", "91819424", "93441116"),
        (2_000_000_000, "69279037", "90698825", "38618901"),
        (20_000_000_000, "65353130", "77737706", "47863826"),
    ]

    @Test("Every RFC 6238 Appendix B vector, for SHA-1, SHA-256 and SHA-512", arguments: vectors)
    func rfcVectors(time: Int64, sha1: String, sha256: String, sha512: String) {
        let at = Date(timeIntervalSince1970: TimeInterval(time))
        #expect(TOTP(secret: Self.seed1, algorithm: .sha1, digits: 8).code(at: at) == sha1)
        #expect(TOTP(secret: Self.seed256, algorithm: .sha256, digits: 8).code(at: at) == sha256)
        #expect(TOTP(secret: Self.seed512, algorithm: .sha512, digits: 8).code(at: at) == sha512)
    }

    @Test("Six-digit codes are the last six digits of the eight-digit ones, leading zeros kept")
    func sixDigits() {
        let at = Date(timeIntervalSince1970: 1_111_111_109)
        #expect(TOTP(secret: Self.seed1).code(at: at) == "081804")
    }

    @Test("Steps are 30 seconds: 59 s is step 1, 60 s step 2, and before the epoch rounds down")
    func steps() {
        let totp = TOTP(secret: Self.seed1)
        #expect(totp.step(at: Date(timeIntervalSince1970: 29.9)) == 0)
        #expect(totp.step(at: Date(timeIntervalSince1970: 30)) == 1)
        #expect(totp.step(at: Date(timeIntervalSince1970: 59)) == 1)
        #expect(totp.step(at: Date(timeIntervalSince1970: 60)) == 2)
        #expect(totp.step(at: Date(timeIntervalSince1970: -1)) == -1)
    }
}

@Suite("TOTP verification: clock-skew window and replay")
struct TOTPVerifierTests {
    static let totp = TOTP(secret: Array("12345678901234567890".utf8))
    static let now = Date(timeIntervalSince1970: 1_800_000_015)
    static var step: Int64 { totp.step(at: now) }

    @Test("A code one step either side is accepted with its own step; two steps away it is not",
          arguments: [(-2, false), (-1, true), (0, true), (1, true), (2, false)] as [(Int64, Bool)])
    func window(offset: Int64, accepted: Bool) {
        let code = Self.totp.code(atStep: Self.step + offset)
        let outcome = TOTPVerifier(Self.totp).verify(code, at: Self.now, lastAcceptedStep: nil)
        #expect(outcome == (accepted ? .accepted(step: Self.step + offset) : .wrong))
    }

    @Test("The window follows the clock: the last second of a step and the first of the next")
    func windowAtStepBoundary() {
        let verifier = TOTPVerifier(Self.totp)
        let start = Date(timeIntervalSince1970: TimeInterval(Self.step * 30))
        let twoAhead = Self.totp.code(atStep: Self.step + 2)
        #expect(verifier.verify(twoAhead, at: start.addingTimeInterval(29), lastAcceptedStep: nil) == .wrong)
        #expect(verifier.verify(twoAhead, at: start.addingTimeInterval(30), lastAcceptedStep: nil)
                == .accepted(step: Self.step + 2))
    }

    @Test("A code accepted once is refused when presented again in the same step")
    func replaySameStep() {
        let verifier = TOTPVerifier(Self.totp)
        let code = Self.totp.code(at: Self.now)
        #expect(verifier.verify(code, at: Self.now, lastAcceptedStep: nil) == .accepted(step: Self.step))
        #expect(verifier.verify(code, at: Self.now.addingTimeInterval(5), lastAcceptedStep: Self.step) == .replayed)
    }

    @Test("After a step is used, an earlier step's code is refused and a later one accepted")
    func replayEarlierStep() {
        let verifier = TOTPVerifier(Self.totp)
        let earlier = Self.totp.code(atStep: Self.step - 1)
        let later = Self.totp.code(atStep: Self.step + 1)
        #expect(verifier.verify(earlier, at: Self.now, lastAcceptedStep: Self.step) == .replayed)
        #expect(verifier.verify(later, at: Self.now, lastAcceptedStep: Self.step) == .accepted(step: Self.step + 1))
    }

    @Test("Spaces are ignored; letters, wrong lengths and empty input are wrong")
    func malformed() {
        let verifier = TOTPVerifier(Self.totp)
        let code = Self.totp.code(at: Self.now)
        let spaced = String(code.prefix(3)) + " " + String(code.suffix(3))
        #expect(verifier.verify(spaced, at: Self.now, lastAcceptedStep: nil) == .accepted(step: Self.step))
        #expect(verifier.verify("", at: Self.now, lastAcceptedStep: nil) == .wrong)
        #expect(verifier.verify(code + "0", at: Self.now, lastAcceptedStep: nil) == .wrong)
        #expect(verifier.verify("abcdef", at: Self.now, lastAcceptedStep: nil) == .wrong)
    }
}

@Suite("Base32 secrets and the provisioning URI")
struct Base32Tests {
    @Test("RFC 4648 test vectors, written without padding", arguments: [
        ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"),
        ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI"),
    ])
    func vectors(plain: String, encoded: String) {
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
        #expect(Base32.decode(encoded) == Array(plain.utf8))
    }

    @Test("Lower case, spaces, hyphens and padding are read as people copy them")
    func tolerantDecoding() {
        #expect(Base32.decode("mzxw 6ytb-oi") == Array("foobar".utf8))
        #expect(Base32.decode("MZXW6YQ=") == Array("foob".utf8))
    }

    @Test("Characters outside the alphabet, or after padding, make the secret unreadable")
    func strictDecoding() {
        #expect(Base32.decode("MZXW0") == nil)
        #expect(Base32.decode("MZXW1") == nil)
        #expect(Base32.decode("MY=MY") == nil)
    }

    @Test("The otpauth URI names 百强 as issuer and percent-encodes the account")
    func provisioningURI() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let uri = ProvisioningURI.totp(totp, account: "张伟 a:b")
        #expect(uri == "otpauth://totp/%E7%99%BE%E5%BC%BA:%E5%BC%A0%E4%BC%9F%20a%3Ab"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E7%99%BE%E5%BC%BA")
    }

    @Test("Settings other than the apps' defaults are spelled out")
    func nonDefaultSettings() {
        let totp = TOTP(secret: [1, 2, 3], algorithm: .sha256, digits: 8, period: 60)
        #expect(ProvisioningURI.totp(totp, account: "a", issuer: "X")
                == "otpauth://totp/X:a?secret=AEBAG&issuer=X&algorithm=SHA256&digits=8&period=60")
    }
}
