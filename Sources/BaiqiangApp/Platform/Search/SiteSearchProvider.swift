import BaiqiangCore
import Vapor

/// One capability's part of the header search: it looks through its own store, which already
/// narrows every read to what the asking account may see, so the search page knows no
/// capability and adds no scoping of its own.
protocol SiteSearchProvider: Sendable {
    /// The kind of record found, as the API names it (`enterprises`).
    var kind: String { get }
    /// The catalogue key of the group's heading.
    var titleKey: String { get }

    /// Up to `limit` hits for `text`, with whether there are more; nil when the account has no
    /// list of this kind to search.
    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup?
}

/// What one kind contributes: its first hits and the address of its full list filtered by the query.
struct SiteSearchGroup: Sendable {
    var hits: [SiteSearchHit]
    var more: Bool
    var listURL: String

    /// The first `limit` of `found` (fetched one beyond the limit, to know whether there are more).
    init<Row>(_ found: [Row], limit: Int, listURL: String, hit: (Row) -> SiteSearchHit) {
        hits = found.prefix(limit).map(hit)
        more = found.count > limit
        self.listURL = listURL
    }
}

/// One record found: its name in the page's language, the code staff know it by, and its page.
struct SiteSearchHit: Sendable, Content {
    var title: String
    var code: String?
    var url: String
    var isDemo: Bool

    enum CodingKeys: String, CodingKey {
        case title, code, url, isDemo = "is_demo"
    }
}

extension String {
    /// `path` with the query `q=text`, for a group's link to its full list.
    static func searchList(_ path: String, _ text: String, name: String = "q") -> String {
        var components = URLComponents()
        components.path = path
        components.queryItems = [URLQueryItem(name: name, value: text)]
        return components.string ?? path
    }
}
