import Foundation
import Vapor

/// Cursor pagination (游标分页): a page is asked for by the sort key of the last row seen,
/// encoded opaquely, so pages stay stable while rows are added.
struct PageRequest: Sendable {
    var after: String?
    var limit: Int

    static let defaultLimit = 50
    static let maxLimit = 500

    /// Reads `cursor` and `limit` from the query string; a bad cursor or limit is a 400.
    init(_ request: Request) throws {
        if let raw = try? request.query.get(String.self, at: "limit") {
            guard let value = Int(raw), (1...Self.maxLimit).contains(value) else {
                throw Abort(.badRequest, reason: request.t("error.limit", ["max": String(Self.maxLimit)]))
            }
            limit = value
        } else {
            limit = Self.defaultLimit
        }
        if let cursor = try? request.query.get(String.self, at: "cursor"), !cursor.isEmpty {
            guard let key = Self.decode(cursor) else {
                throw Abort(.badRequest, reason: request.t("error.cursor"))
            }
            after = key
        }
    }

    init(after: String?, limit: Int) {
        self.after = after
        self.limit = limit
    }

    /// How many rows to fetch: one more than a page, to learn whether another page follows.
    var fetchLimit: Int { limit + 1 }

    /// Splits rows fetched with `fetchLimit` into this page and the cursor of the next, taken
    /// from the sort key of the page's last row.
    func split<Row>(_ rows: [Row], key: (Row) -> String) -> (items: [Row], next: String?) {
        let items = Array(rows.prefix(limit))
        return (items, rows.count > limit ? items.last.map { Self.encode(key($0)) } : nil)
    }

    static func encode(_ key: String) -> String {
        Data(key.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) -> String? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        // Any well-formed cursor is a position to continue after, even one this server did not
        // make: the key is only ever compared, so bytes that are not UTF-8 just sort somewhere.
        return String(decoding: data, as: UTF8.self)
    }
}

/// One page of results and the cursor of the next, if there is one.
struct CursorPage<Item: Content>: Content {
    var items: [Item]
    var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }
}
