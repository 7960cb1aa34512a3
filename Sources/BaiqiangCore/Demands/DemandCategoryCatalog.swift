import Foundation
import Yams

/// The county's demand categories (诉求类别目录), loaded from data so each county sets its own
/// names and limits.
public struct DemandCategoryCatalog: Sendable {
    /// In the order of the file (the order forms and Open311 `services` list them).
    public let categories: [DemandCategory]
    private let byCode: [String: DemandCategory]

    public init(_ categories: [DemandCategory]) throws(DemandCategoryError) {
        var byCode: [String: DemandCategory] = [:]
        for category in categories {
            guard Self.isValidCode(category.code) else { throw DemandCategoryError(.invalidCode(category.code)) }
            guard byCode[category.code] == nil else { throw DemandCategoryError(.duplicateCode(category.code)) }
            guard category.limits[.closure] != nil else {
                throw DemandCategoryError(.missingClosureLimit(category.code))
            }
            if let bad = category.limits.values.first(where: { $0.amount <= 0 }) {
                throw DemandCategoryError(.nonPositiveAmount(bad.amount))
            }
            byCode[category.code] = category
        }
        self.categories = categories
        self.byCode = byCode
    }

    public func category(_ code: String) -> DemandCategory? {
        byCode[code]
    }

    /// The category, or the error a form or Open311 shows for an unknown code.
    public func require(_ code: String) throws(DemandCategoryError) -> DemandCategory {
        guard let category = byCode[code] else { throw DemandCategoryError(.unknownCategory(code)) }
        return category
    }

    static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 64 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// The defaults shipped in `Resources/demands/categories.yaml`.
    public static func bundled() throws(DemandCategoryError) -> DemandCategoryCatalog {
        let text: String
        do {
            text = try CoreResources.text("demands/categories.yaml")
        } catch {
            throw DemandCategoryError(problem: .unreadable(error), file: "categories.yaml")
        }
        return try DemandCategoryCatalog(yaml: text, fileName: "categories.yaml")
    }
}

extension DemandCategoryCatalog {
    /// Reads a category file:
    ///
    /// ```yaml
    /// categories:
    ///   - code: 12345-inquiry
    ///     name: 咨询
    ///     name_en: Inquiry
    ///     limits:
    ///       closure: { amount: 2, unit: working_days }
    /// ```
    public init(yaml: String, fileName: String? = nil) throws(DemandCategoryError) {
        func fail(_ reason: DemandCategoryError.Reason, _ node: Node?) -> DemandCategoryError {
            DemandCategoryError(reason, file: fileName, line: node?.mark?.line, column: node?.mark?.column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw DemandCategoryError(yaml: error, in: yaml, file: fileName)
        }
        guard let root else { throw DemandCategoryError(problem: .empty, file: fileName) }
        guard root.mapping != nil else { throw fail(.malformedYAML(.expected(.mapping, at: root, field: nil)), root) }
        guard let list = root["categories"] else { throw fail(.missingField("categories"), root) }
        guard let items = list.sequence else { throw fail(.malformedYAML(.expected(.list, at: list, field: "categories")), list) }

        var categories: [DemandCategory] = []
        for item in items {
            let category = try Self.category(from: item, fail: fail)
            do {
                // Checked one by one so the error can point at the line of the faulty entry.
                _ = try DemandCategoryCatalog(categories + [category])
            } catch {
                throw fail(error.reason, item)
            }
            categories.append(category)
        }
        try self.init(categories)
    }

    private static func category(
        from node: Node, fail: (DemandCategoryError.Reason, Node?) -> DemandCategoryError
    ) throws(DemandCategoryError) -> DemandCategory {
        func text(_ key: String) -> String? {
            node[key]?.scalar?.string.trimmingCharacters(in: .whitespaces).nilIfEmpty
        }
        func bilingual(_ key: String) -> BilingualText? {
            guard let zh = text(key) else { return nil }
            return BilingualText(zh: zh, en: text(key + "_en") ?? zh)
        }
        guard node.mapping != nil else { throw fail(.malformedYAML(.expected(.mapping, at: node, field: "categories")), node) }
        guard let code = text("code") else { throw fail(.missingField("code"), node) }
        guard let name = bilingual("name") else { throw fail(.missingField("name"), node) }
        guard let limitsNode = node["limits"], let limitPairs = limitsNode.mapping else {
            throw fail(.missingField("limits"), node)
        }
        var limits: [DemandMilestone: TimeLimit] = [:]
        for (key, value) in limitPairs {
            let keyText = key.scalar?.string ?? ""
            guard let milestone = DemandMilestone(rawValue: keyText) else { throw fail(.unknownMilestone(keyText), key) }
            guard let amountText = value["amount"]?.scalar?.string else { throw fail(.missingField("amount"), value) }
            guard let amount = Int(amountText) else { throw fail(.malformedYAML(.expected(.wholeNumber, at: value["amount"], field: "limits.\(keyText).amount")), value["amount"]) }
            guard amount > 0 else { throw fail(.nonPositiveAmount(amount), value) }
            guard let unitText = value["unit"]?.scalar?.string else { throw fail(.missingField("unit"), value) }
            guard let unit = TimeLimitUnit(rawValue: unitText) else { throw fail(.unknownUnit(unitText), value) }
            limits[milestone] = TimeLimit(amount, unit)
        }
        return DemandCategory(
            code: code, name: name, description: bilingual("description"), group: bilingual("group"), limits: limits)
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
