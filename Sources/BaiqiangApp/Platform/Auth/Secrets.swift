import BaiqiangCore
import Foundation

/// Random secrets and their digests, for session cookies, CSRF tokens, API tokens and demo passwords.
enum Secrets {
    /// A URL-safe random string with `bytes` bytes of entropy from the environment's secure source.
    static func randomToken(bytes: Int = 32, from environment: AppEnvironment) -> String {
        let data = Data(environment.secureRandomBytes(bytes))
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A password that passes `PasswordPolicy`: letters of both cases, digits and a symbol.
    static func randomPassword(from environment: AppEnvironment) -> String {
        var generator = SecureGenerator(bytes: environment.secureRandomBytes)
        while true {
            let candidate = randomCandidate(&generator)
            if (try? PasswordPolicy.check(candidate)) != nil { return candidate }
        }
    }

    private static func randomCandidate(_ generator: inout SecureGenerator) -> String {
        let lower = Array("abcdefghijkmnpqrstuvwxyz"), upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        let digits = Array("23456789"), symbols = Array("-_.!@#")
        var chars: [Character] = []
        for _ in 0..<5 { chars.append(lower.randomElement(using: &generator)!) }
        for _ in 0..<4 { chars.append(upper.randomElement(using: &generator)!) }
        for _ in 0..<4 { chars.append(digits.randomElement(using: &generator)!) }
        chars.append(symbols.randomElement(using: &generator)!)
        return String(chars.shuffled(using: &generator))
    }

    static func sha256Hex(_ text: String) -> String {
        SHA256Hex.of(text)
    }

    /// The environment's secure bytes as a generator, for picking characters without bias.
    private struct SecureGenerator: RandomNumberGenerator {
        let bytes: @Sendable (Int) -> [UInt8]

        mutating func next() -> UInt64 {
            bytes(8).reduce(0) { $0 << 8 | UInt64($1) }
        }
    }
}
