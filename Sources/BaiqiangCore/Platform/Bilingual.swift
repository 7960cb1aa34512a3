/// A user-facing text in both interface languages (Simplified Chinese default, English).
public struct BilingualText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(for language: Language) -> String {
        language == .en ? en : zh
    }
}

/// The interface languages.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zhHans = "zh-Hans"
    case en
}

/// An error whose message a user can read in either language.
public protocol BilingualError: Error, CustomStringConvertible {
    var message: BilingualText { get }
}

extension BilingualError {
    public var description: String { "\(message.zh) / \(message.en)" }
}
