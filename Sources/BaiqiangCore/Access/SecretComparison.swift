import Crypto
import Foundation

/// Compares a secret someone presents (a CSRF token, the metrics token) with the expected one in
/// a time that depends on neither: both are hashed first, so not even their lengths show, and
/// every byte of the digests is compared.
public enum SecretComparison {
    public static func matches(_ presented: String, _ expected: String) -> Bool {
        let a = Array(SHA256.hash(data: Data(presented.utf8)))
        let b = Array(SHA256.hash(data: Data(expected.utf8)))
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
