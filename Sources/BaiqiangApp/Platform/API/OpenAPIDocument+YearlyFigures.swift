import BaiqiangCore

extension OpenAPIDocument {
    /// The marker an object schema carries to have every yearly figure added to its properties.
    static let yearlyFiguresMarker = "x-yearly-figures"

    /// Replaces each schema marked `x-yearly-figures: true` by the same schema with one nullable
    /// property per `YearlyFigure` (a number, or an integer for a whole-number figure), so the
    /// description lists exactly the figures Core defines.
    static func expandingYearlyFigures(_ node: Any) -> Any {
        if let list = node as? [Any] { return list.map(expandingYearlyFigures) }
        guard var object = node as? [String: Any] else { return node }
        for (key, value) in object { object[key] = expandingYearlyFigures(value) }
        if object.removeValue(forKey: yearlyFiguresMarker) as? Bool == true {
            var properties = object["properties"] as? [String: Any] ?? [:]
            for figure in YearlyFigure.allCases {
                properties[figure.column] = ["type": [figure.isInteger ? "integer" : "number", "null"]]
            }
            object["properties"] = properties
        }
        return object
    }
}
