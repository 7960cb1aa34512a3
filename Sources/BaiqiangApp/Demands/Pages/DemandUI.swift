import BaiqiangCore
import Foundation

/// Formatting shared by the demand pages.
struct DemandUI {
    let context: PageContext

    func text(_ bilingual: BilingualText) -> String { context.t(bilingual) }

    /// A category's name in the page's language, or its code when the catalogue lacks it.
    func categoryName(_ code: String) -> String {
        context.environment.reference.demandCategories.category(code).map { text($0.name) } ?? code
    }

    /// A stored status's label, or the stored value when it is not a known status.
    func statusLabel(_ status: String) -> String {
        DemandStatus(rawValue: status).map { text($0.label) } ?? status
    }

    /// Beijing time, minutes: "2026-02-24 23:59".
    static func time(_ date: Date) -> String {
        let iso = ShanghaiTime.iso8601(date)
        return String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// "?a=1&b=2", or nothing when there are no items.
    static func query(_ items: [URLQueryItem]) -> String {
        guard !items.isEmpty else { return "" }
        var components = URLComponents()
        components.queryItems = items
        return "?" + (components.percentEncodedQuery ?? "")
    }
}
