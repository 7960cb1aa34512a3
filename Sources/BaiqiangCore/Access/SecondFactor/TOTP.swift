import Crypto
import Foundation

/// A time-based one-time password generator (RFC 6238, 动态口令): HOTP (RFC 4226) over the
/// number of `period`-second steps since the Unix epoch.
public struct TOTP: Sendable, Equatable {
    /// The HMAC the code is computed with. Authenticator apps all speak SHA-1 and many ignore
    /// anything else, so enrolment uses it; SHA-256 and SHA-512 are here for the RFC's vectors.
    /// SHA-1's collision weakness does not touch HMAC-SHA1 as a keyed function.
    public enum Algorithm: String, Sendable, CaseIterable, Codable {
        case sha1 = "SHA1"
        case sha256 = "SHA256"
        case sha512 = "SHA512"
    }

    public let secret: [UInt8]
    public let algorithm: Algorithm
    public let digits: Int
    public let period: Int64

    /// The settings every common authenticator app assumes when a provisioning URI says nothing.
    public init(secret: [UInt8], algorithm: Algorithm = .sha1, digits: Int = 6, period: Int64 = 30) {
        precondition((6...8).contains(digits), "RFC 4226 codes have 6 to 8 digits")
        precondition(period > 0)
        self.secret = secret
        self.algorithm = algorithm
        self.digits = digits
        self.period = period
    }

    /// The step a moment falls in. Floor division, so a moment before the epoch is not folded
    /// onto step 0.
    public func step(at date: Date) -> Int64 {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return seconds >= 0 ? seconds / period : -((-seconds + period - 1) / period)
    }

    public func code(at date: Date) -> String {
        code(atStep: step(at: date))
    }

    /// The code of one step: HMAC of the step as an 8-byte big-endian counter, then RFC 4226's
    /// dynamic truncation to 31 bits, reduced to `digits` decimal digits with leading zeros kept.
    public func code(atStep step: Int64) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Array($0) }
        let mac = Self.hmac(algorithm, key: secret, message: counter)
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let truncated = (UInt32(mac[offset] & 0x7F) << 24)
            | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let number = String(truncated % modulus)
        return String(repeating: "0", count: digits - number.count) + number
    }

    static func hmac(_ algorithm: Algorithm, key: [UInt8], message: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: key)
        switch algorithm {
        case .sha1: return Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key))
        case .sha256: return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .sha512: return Array(HMAC<SHA512>.authenticationCode(for: message, using: key))
        }
    }
}
