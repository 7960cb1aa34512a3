import Crypto
import Foundation

/// SHA-256 as lower-case hex: the form the audit chain, stored token digests and import and
/// evaluation input digests all use.
public enum SHA256Hex {
    public static func of<D: DataProtocol>(_ bytes: D) -> String {
        Hex.encode(SHA256.hash(data: bytes))
    }

    public static func of(_ text: String) -> String {
        of(Data(text.utf8))
    }
}
