import Foundation
@testable import BaiqiangApp

extension SiteURL {
    /// Characters a query name or value keeps as they are (RFC 3986's unreserved set); every
    /// other byte is percent-encoded, so a value reaches the server exactly as written here.
    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The path with a query string: items in the order given, a name may repeat, and an item
    /// whose value is nil is left out.
    func path(query items: KeyValuePairs<String, String?>) -> String {
        path(query: items.map { (name: $0.key, value: $0.value) })
    }

    /// The path with a query string built from `items` (see `path(query:)` above).
    func path(query items: [(name: String, value: String?)]) -> String {
        let pairs = items.compactMap { item in
            item.value.map { Self.encoded(item.name) + "=" + Self.encoded($0) }
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
