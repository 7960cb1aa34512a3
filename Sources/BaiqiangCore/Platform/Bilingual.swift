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

    /// The text prefixed with where in a data file it applies: "2026.yaml 第 3 行：…" /
    /// "2026.yaml, line 3: …" (with "第 5 列" / "column 5" when the column is known); unchanged
    /// when none is known.
    public func located(file: String?, line: Int?, column: Int? = nil) -> BilingualText {
        guard file != nil || line != nil else { return self }
        let zhLine = line.map { line in "第 \(line) 行" + (column.map { "第 \($0) 列" } ?? "") }
        let enLine = line.map { line in "line \(line)" + (column.map { ", column \($0)" } ?? "") }
        let zhWhere = [file, zhLine].compactMap { $0 }.joined(separator: " ")
        let enWhere = [file, enLine].compactMap { $0 }.joined(separator: ", ")
        return BilingualText(zh: "\(zhWhere)：\(zh)", en: "\(enWhere): \(en)")
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
    /// How every interface answers it (`FailureKind`); bad input unless the error says otherwise.
    var kind: FailureKind { get }
}

extension BilingualError {
    public var description: String { "\(message.zh) / \(message.en)" }
}
