/// The `otpauth://totp/…` address (令牌配置地址) an authenticator app reads from the enrolment QR
/// code (Google Authenticator's "Key Uri Format", which every common app follows).
public enum ProvisioningURI {
    /// The issuer apps show above the code, so a user with several accounts knows which is ours.
    public static let defaultIssuer = "百强"

    /// The label is `issuer:account`; issuer and account are each percent-encoded as UTF-8 so a
    /// Chinese name, a space or a colon in the username cannot change where the label splits.
    /// The issuer is repeated as a parameter, which newer apps prefer over the label's prefix.
    public static func totp(_ totp: TOTP, account: String, issuer: String = defaultIssuer) -> String {
        let label = percentEncoded(issuer) + ":" + percentEncoded(account)
        var query = [
            "secret=" + Base32.encode(totp.secret),
            "issuer=" + percentEncoded(issuer),
        ]
        // Spelled out only when not the default: some apps refuse a URI naming parameters they
        // do not support, even when the value is the one they assume.
        if totp.algorithm != .sha1 { query.append("algorithm=" + totp.algorithm.rawValue) }
        if totp.digits != 6 { query.append("digits=\(totp.digits)") }
        if totp.period != 30 { query.append("period=\(totp.period)") }
        return "otpauth://totp/" + label + "?" + query.joined(separator: "&")
    }

    /// RFC 3986 percent-encoding leaving only the unreserved characters as they are.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
