import BaiqiangCore
import Vapor

/// A block of a signed-in account's home page: what one capability says this account has to act
/// on (targets behind schedule, demands waiting, figures not yet entered …). The home page shows
/// the blocks the capabilities contribute and knows none of them.
struct HomeBlock: Sendable {
    /// Catalogue key of the heading.
    var title: String
    var items: [HomeItem]
    /// Catalogue key of the one line shown when there is nothing.
    var empty: String
    /// Where the whole list is, when the block shows only its first rows.
    var more: String? = nil
    /// How many there are in all, when more than the rows shown.
    var total: Int? = nil
}

/// One row of a home block: a name linking to where the work is, and a line saying why.
struct HomeItem: Sendable {
    var text: HomeText
    var href: String?
    var detail: HomeText? = nil
    /// A light (`red`, `yellow` …) shown beside it, as the cockpit shows it.
    var light: PlanLight? = nil
    /// Rests on generated demo records: shown with the 演示数据 label.
    var isDemo = false
}

/// Text of a home row: a record's own words, a bilingual label, or a catalogue string.
enum HomeText: Sendable {
    case plain(String)
    case bilingual(BilingualText)
    case key(String, [String: String] = [:])

    func text(_ context: PageContext) -> String {
        switch self {
        case .plain(let text): text
        case .bilingual(let text): context.t(text)
        case .key(let key, let arguments): context.t(key, arguments)
        }
    }
}

/// A capability's contribution to the home page: the blocks for `principal`, each read through
/// the capability's store and so scoped like every other read; none for a role it has nothing for.
protocol HomeBlockProvider: Sendable {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock]
}

extension HomeBlock {
    /// The most rows a block shows; the rest are behind its `more` link.
    static let rowLimit = 8

    /// A block of the first `rowLimit` of `items`, counting the rest.
    static func first(_ items: [HomeItem], title: String, empty: String, more: String? = nil) -> HomeBlock {
        HomeBlock(title: title, items: Array(items.prefix(rowLimit)), empty: empty, more: more,
                  total: items.count > rowLimit ? items.count : nil)
    }
}
