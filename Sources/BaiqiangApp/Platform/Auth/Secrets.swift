import BaiqiangCore
import Foundation

/// Random secrets and their digests, for session cookies, CSRF tokens, API tokens and demo passwords.
enum Secrets {
    /// A URL-safe random string with `bytes` bytes of entropy.
    static func randomToken(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A password that passes `PasswordPolicy`: letters of both cases, digits and a symbol.
    static func randomPassword() -> String {
        while true {
            let candidate = randomCandidate()
            if (try? PasswordPolicy.check(candidate)) != nil { return candidate }
        }
    }

    private static func randomCandidate() -> String {
        let lower = Array("abcdefghijkmnpqrstuvwxyz"), upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        let digits = Array("23456789"), symbols = Array("-_.!@#")
        var chars: [Character] = []
        for _ in 0..<5 { chars.append(lower.randomElement()!) }
        for _ in 0..<4 { chars.append(upper.randomElement()!) }
        for _ in 0..<4 { chars.append(digits.randomElement()!) }
        chars.append(symbols.randomElement()!)
        return String(chars.shuffled())
    }

    static func sha256Hex(_ text: String) -> String {
        SHA256Hex.of(text)
    }
}
