import Crypto
import Foundation

/// The secret the audit chain is keyed with. It is kept outside the database, so that someone
/// who can write the database but not read the key cannot recompute the chain after a change.
public struct AuditKey: Sendable, Equatable {
    /// 256 bits: the size of an HMAC-SHA256 key that adds nothing by being longer.
    public static let minimumByteCount = 32

    let symmetric: SymmetricKey

    /// A key of at least `minimumByteCount` bytes, else nil.
    public init?<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        let array = Array(bytes)
        guard array.count >= Self.minimumByteCount else { return nil }
        symmetric = SymmetricKey(data: array)
    }

    /// Reads a key written as hexadecimal (64 digits for 32 bytes) or as base64; surrounding
    /// white space is ignored. Nil when it is neither or too short.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let bytes = Self.hexBytes(trimmed) {
            self.init(bytes: bytes)
        } else if let data = Data(base64Encoded: trimmed) {
            self.init(bytes: data)
        } else {
            return nil
        }
    }

    /// The key as lower-case hexadecimal: how the key file stores it.
    public var hex: String {
        symmetric.withUnsafeBytes { Hex.encode($0) }
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
