import Foundation

/// The header search's rules: what a query may be, how many hits of each kind a page shows, and
/// when a text matches. Every capability's search and both the page and the API follow these.
public enum SiteSearch {
    /// A query is at most as long as the longest code or number it could be looking for.
    public static let maximumLength = TextFieldKind.code.maximumLength
    /// Hits of one kind shown before the link to that kind's full, filtered list.
    public static let hitsPerKind = 5

    public enum Query: Equatable, Sendable {
        /// Nothing to look for: the page shows the empty box.
        case empty
        case text(String)
        case tooLong
    }

    /// The query as typed, trimmed; refused when longer than `maximumLength`.
    public static func query(_ raw: String?) -> Query {
        let text = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }
        return FieldLimits.length(of: text) <= maximumLength ? .text(text) : .tooLong
    }

    public static var tooLong: BilingualText {
        BilingualText(zh: "搜索词最多 \(maximumLength) 个字符", en: "A search is at most \(maximumLength) characters")
    }

    /// Whether any of `fields` contains `query`, ignoring case and width (ａ = a).
    public static func matches(_ query: String, in fields: [String?]) -> Bool {
        let needle = fold(query)
        return fields.contains { $0.map { fold($0).contains(needle) } ?? false }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
    }
}
