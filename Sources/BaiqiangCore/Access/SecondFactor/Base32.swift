/// Base32 (RFC 4648 §6, 基32编码): the form authenticator apps expect a TOTP secret in, since it
/// survives being read aloud or typed by hand (no lower case, no 0/1/8/9).
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// The secret a user can type has no padding: apps accept it without, and `=` only confuses.
    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 8 + 4) / 5)
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
        if bits > 0 {
            out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a secret as people copy it: lower case, spaces, hyphens and trailing `=` are
    /// accepted; any other character makes it unreadable (nil) rather than silently a different
    /// secret.
    public static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        var padded = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "-":
                continue
            case "=":
                padded = true
                continue
            default:
                break
            }
            // A character after padding means two values were joined: not a secret.
            if padded { return nil }
            let value: UInt32
            switch scalar.value {
            case 0x41...0x5A: value = scalar.value - 0x41          // A-Z
            case 0x61...0x7A: value = scalar.value - 0x61          // a-z
            case 0x32...0x37: value = scalar.value - 0x32 + 26     // 2-7
            default: return nil
            }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }
}
