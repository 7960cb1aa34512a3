import BaiqiangCore
import Foundation

/// The registry: a searchable, filterable list of firms, a page at a time.
enum EnterpriseListPage {
    struct Model {
        var filter: EnterpriseStore.Filter
        var rows: [EnterpriseStore.Row]
        /// The cursor of the next page, when there is one.
        var nextCursor: String?
        /// How many firms the filter matches in all.
        var total: Int
        var towns: [Town]
    }

    /// A list path carrying the filter (and a page's cursor), so links and exports keep it.
    static func link(_ path: String, _ filter: EnterpriseStore.Filter, cursor: String? = nil) -> String {
        var components = URLComponents()
        components.path = path
        let items = filter.queryItems + (cursor.map { [URLQueryItem(name: "cursor", value: $0)] } ?? [])
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }
}
