import Foundation

/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
/// 31-character alphabet, the last a check character over the first 17.
public struct CreditCode: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    /// The alphabet in code-value order: digits, then capitals without I, O, S, V, Z.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public struct Invalid: BilingualError, Equatable {
        public let message: BilingualText
    }

    /// Validates `text` (surrounding spaces ignored, lower case accepted and upper-cased).
    public init(_ text: String) throws(Invalid) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(code)
        guard chars.count == 18 else {
            throw Invalid(message: BilingualText(
                zh: "统一社会信用代码应为 18 位，实为 \(chars.count) 位",
                en: "A unified social credit code has 18 characters, this one has \(chars.count)"))
        }
        var values: [Int] = []
        for (index, ch) in chars.enumerated() {
            guard let value = Self.alphabet.firstIndex(of: ch) else {
                throw Invalid(message: BilingualText(
                    zh: "第 \(index + 1) 位字符“\(ch)”不在统一社会信用代码字符集中",
                    en: "Character \(index + 1) '\(ch)' is not in the credit code alphabet"))
            }
            values.append(value)
        }
        let expected = Self.checkCharacter(values.prefix(17))
        guard chars[17] == expected else {
            throw Invalid(message: BilingualText(
                zh: "校验位错误：应为“\(expected)”，实为“\(chars[17])”",
                en: "Wrong check character: expected '\(expected)', found '\(chars[17])'"))
        }
        value = code
    }

    /// The check character for the first 17 characters, given as code values.
    static func checkCharacter<S: Sequence<Int>>(_ values: S) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// Completes a 17-character body with its check character (used to make demo codes).
    public static func completing(_ body: String) -> String? {
        let values = body.uppercased().compactMap { alphabet.firstIndex(of: $0) }
        guard body.count == 17, values.count == 17 else { return nil }
        return body.uppercased() + String(checkCharacter(values))
    }

    public var description: String { value }
}

