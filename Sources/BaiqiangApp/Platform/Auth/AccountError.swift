import BaiqiangCore

/// Why an account operation was refused, in both languages.
public struct AccountError: BilingualError {
    public let message: BilingualText
    public var kind: FailureKind = .invalidInput

    static func unknownUser(_ username: String) -> AccountError {
        AccountError(message: BilingualText(zh: "用户“\(username)”不存在", en: "No user named '\(username)'"), kind: .notFound)
    }
}
