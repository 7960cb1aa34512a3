/// Recovery codes (恢复码): ten single-use codes shown once at enrolment, for a user who has lost
/// the phone with the authenticator. Core turns random bytes the app draws from its environment
/// into codes, so the rule is testable and Core touches no random source.
///
/// Each code is 16 characters, 80 bits, written in four groups of four (`7KQM-X2VD-…`), from an
/// alphabet of 32 without 0, O, 1 and I, which people misread when copying from paper.
public enum RecoveryCodes {
    public static let count = 10
    public static let bytesPerCode = 10
    /// The random bytes `generate` needs.
    public static let bytesNeeded = count * bytesPerCode
    static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    static let groupLength = 4

    public struct NotEnoughRandomness: Error, Equatable {}

    /// The codes as shown to the user, one per 10 bytes of `randomBytes`.
    public static func generate(from randomBytes: [UInt8]) throws(NotEnoughRandomness) -> [String] {
        guard randomBytes.count >= bytesNeeded else { throw NotEnoughRandomness() }
        return (0..<count).map { index in
            let chunk = randomBytes[(index * bytesPerCode)..<((index + 1) * bytesPerCode)]
            return grouped(symbols(of: Array(chunk)))
        }
    }

    /// What is stored: SHA-256 of the code's characters without grouping (as lower-case hex,
    /// `SHA256Hex`, like API token digests). A fast hash is enough, unlike for passwords, because
    /// a code has 80 random bits: nothing to guess from a list, and 2⁸⁰ tries is out of reach,
    /// where bcrypt would make every try at sign-in cost ten slow hashes.
    public static func digest(of code: String) -> String? {
        guard let plain = normalized(code) else { return nil }
        return SHA256Hex.of(plain)
    }

    /// The code as typed, without spaces or hyphens and in upper case; nil when it cannot be a
    /// code, so a typo is answered without hashing.
    public static func normalized(_ typed: String) -> String? {
        let plain = String(typed.uppercased().filter { $0 != " " && $0 != "-" })
        guard plain.count == bytesPerCode * 8 / 5, plain.allSatisfy(alphabet.contains) else { return nil }
        return plain
    }

    /// 80 bits as 16 five-bit symbols, most significant first.
    static func symbols(of bytes: [UInt8]) -> String {
        var out = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out.append(alphabet[Int((buffer >> UInt32(bits)) & 31)])
            }
        }
        return out
    }

    static func grouped(_ plain: String) -> String {
        var out = ""
        for (index, character) in plain.enumerated() {
            if index > 0, index % groupLength == 0 { out.append("-") }
            out.append(character)
        }
        return out
    }
}

/// The digests of an account's unused recovery codes (剩余恢复码). Using one removes it, so the
/// same code never opens the account twice.
public struct RecoveryCodeSet: Sendable, Equatable, Codable {
    public private(set) var digests: [String]

    public init(digests: [String]) {
        self.digests = digests
    }

    /// The set stored for freshly generated codes.
    public init(codes: [String]) {
        self.digests = codes.compactMap(RecoveryCodes.digest(of:))
    }

    public var remaining: Int { digests.count }

    /// The set left after using `typed`, or nil when it is none of the unused codes.
    public func consuming(_ typed: String) -> RecoveryCodeSet? {
        guard let digest = RecoveryCodes.digest(of: typed) else { return nil }
        var found: Int?
        // Every stored digest is compared, so the time taken does not tell which one matched.
        for (index, stored) in digests.enumerated() where SecretComparison.matches(digest, stored) {
            found = found ?? index
        }
        guard let found else { return nil }
        var rest = digests
        rest.remove(at: found)
        return RecoveryCodeSet(digests: rest)
    }
}
