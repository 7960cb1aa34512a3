import BaiqiangCore
import BaiqiangHTML
import Foundation
import Vapor

/// The parcel filter as query parameters, read and written the same way by the list, the map
/// and its SVG download, so a filtered view is a link.
enum LandFilterQuery {
    /// The filter in `request`'s query; a value longer than any code or number is a 400, and an
    /// unknown disposal status or class is ignored like an empty select.
    static func filter(_ request: Request) throws -> LandStore.Filter {
        func value(_ name: String) throws -> String? {
            guard let value = (try? request.query.get(String.self, at: name)).nonEmpty else { return nil }
            guard value.count <= ParcelFilter.maxTextLength else {
                throw Abort(.badRequest, reason: request.t("land.filter_too_long", ["name": name, "max": String(ParcelFilter.maxTextLength)]))
            }
            return value
        }
        return LandStore.Filter(text: try value("q"), townCode: try value("town"), rule: try value("rule"),
                                disposal: try value("disposal").flatMap(ParcelFilter.DisposalChoice.init(rawValue:)),
                                holderClass: try value("class").flatMap(ParcelFilter.ClassChoice.init(rawValue:)))
    }

    /// The query items that give `filter` back.
    static func items(_ filter: LandStore.Filter) -> [URLQueryItem] {
        [("q", filter.text), ("town", filter.townCode), ("rule", filter.rule), ("disposal", filter.disposal?.rawValue),
         ("class", filter.holderClass?.rawValue)]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
    }

    /// The selects of the filter, by name: town, rule, disposal status and holder class.
    static func selects(_ filter: LandStore.Filter, towns: [LandTownName], rules: [LowEfficiencyRule], _ context: PageContext) -> Node {
        .group(
            select("town", context.t("land.all_towns"), towns.map { ($0.code, $0.name(context)) }, selected: filter.townCode),
            select("rule", context.t("land.all_rules"), rules.map { ($0.id, context.t($0.name)) }, selected: filter.rule),
            select("disposal", context.t("land.all_disposals"),
                   ParcelFilter.DisposalChoice.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: filter.disposal?.rawValue),
            select("class", context.t("land.all_classes"),
                   ParcelFilter.ClassChoice.allCases.map { ($0.rawValue, context.t($0.label)) }, selected: filter.holderClass?.rawValue))
    }

    private static func select(_ name: StaticString, _ all: String, _ options: [(String, String)], selected: String?) -> Node {
        .select(.attribute(named: "name", value: name.description), .attribute(named: "aria-label", value: all),
                FormNodes.option("", all),
                .forEach(options) { FormNodes.option($0.0, $0.1, selected: $0.0 == selected) })
    }
}
