import Yams

/// Reads typed fields out of composed YAML nodes, recording each part's line and collecting an
/// issue (with its line) for anything missing, misshapen or not of its type instead of stopping
/// at the first one.
struct YAMLFieldReader {
    var issues: [PlanIssue] = []
    var lines = PlanLineMap()

    mutating func report(_ kind: PlanIssue.Kind, _ path: String, line: Int?, column: Int? = nil, zh: String, en: String) {
        // The reason names the field it is about, as the CSV reader names its column.
        let reason = path.isEmpty || kind == .unknownField ? BilingualText(zh: zh, en: en)
            : BilingualText(zh: "字段“\(path)”：\(zh)", en: "'\(path)': \(en)")
        issues.append(PlanIssue(kind, line: line ?? lines.line(for: path), column: line == nil ? nil : column, path: path,
                                reason: reason))
    }

    /// The node as a mapping whose keys are all among `allowed`; an unknown key is reported,
    /// because a misspelt optional field would otherwise vanish without a word.
    mutating func mapping(_ node: Node, path: String, allowed: Set<String>) -> Node.Mapping? {
        lines.record(path, line: node.mark?.line)
        guard case let .mapping(mapping) = node else {
            report(.wrongShape, path, line: node.mark?.line, column: node.mark?.column, zh: "此处应为键值映射", en: "expected a mapping here")
            return nil
        }
        // A key given twice never gets here: the YAML parser rejects it as a syntax error.
        for (key, _) in mapping {
            let name = key.string ?? ""
            lines.record(path.isEmpty ? name : "\(path).\(name)", line: key.mark?.line)
            if !allowed.contains(name) {
                report(.unknownField, path.isEmpty ? name : "\(path).\(name)", line: key.mark?.line, column: key.mark?.column,
                       zh: "未知字段“\(name)”", en: "unknown field '\(name)'")
            }
        }
        return mapping
    }

    /// The value under `key`, or nil when absent or null (`~`, empty).
    func optional(_ mapping: Node.Mapping, _ key: String) -> Node? {
        guard let node = mapping[key], node.null == nil else { return nil }
        return node
    }

    /// The value under `key`; its absence is reported against the enclosing mapping's line.
    mutating func required(_ mapping: Node.Mapping, _ key: String, path: String) -> Node? {
        if let node = optional(mapping, key) { return node }
        report(.missingField, "\(path).\(key)", line: mapping.mark?.line, column: mapping.mark?.column,
               zh: "缺少必填字段“\(key)”", en: "missing field '\(key)'")
        return nil
    }

    mutating func scalar(_ node: Node, path: String) -> String? {
        guard case let .scalar(scalar) = node else {
            report(.wrongShape, path, line: node.mark?.line, column: node.mark?.column, zh: "此处应为单个值", en: "expected a single value here")
            return nil
        }
        return scalar.string
    }

    mutating func string(_ node: Node?, path: String) -> String? {
        guard let node else { return nil }
        return scalar(node, path: path)
    }

    /// A finite decimal number; "1,000", "约800" or "n/a" are reported, never guessed at.
    mutating func number(_ node: Node?, path: String) -> Double? {
        guard let node, let text = scalar(node, path: path) else { return nil }
        if let value = Double(text.planTrimmed), value.isFinite { return value }
        report(.notANumber, path, line: node.mark?.line, column: node.mark?.column, zh: "“\(text)”不是数字", en: "'\(text)' is not a number")
        return nil
    }

    mutating func date(_ node: Node?, path: String) -> PlanDate? {
        guard let node, let text = scalar(node, path: path) else { return nil }
        if let date = PlanDate(text.planTrimmed) { return date }
        report(.invalidDate, path, line: node.mark?.line, column: node.mark?.column,
               zh: "“\(text)”不是有效日期（应为YYYY-MM-DD）", en: "'\(text)' is not a date (YYYY-MM-DD)")
        return nil
    }

    mutating func bool(_ node: Node?, path: String) -> Bool? {
        guard let node, let text = scalar(node, path: path) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(.invalidValue, path, line: node.mark?.line, column: node.mark?.column,
                   zh: "“\(text)”应为true或false", en: "'\(text)' should be true or false")
            return nil
        }
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: Node?, path: String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let node, let text = scalar(node, path: path) else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        report(.invalidValue, path, line: node.mark?.line, column: node.mark?.column,
               zh: "“\(text)”无效，可选：\(allowed)", en: "'\(text)' is not one of: \(allowed)")
        return nil
    }

    mutating func bilingual(_ node: Node?, path: String) -> BilingualText? {
        guard let node, let mapping = mapping(node, path: path, allowed: ["zh", "en"]) else { return nil }
        let zh = string(required(mapping, "zh", path: path), path: "\(path).zh")
        let en = string(required(mapping, "en", path: path), path: "\(path).en")
        guard let zh, let en else { return nil }
        return BilingualText(zh: zh, en: en)
    }

    /// The elements of a sequence (an absent one is empty), each with its path.
    mutating func sequence(_ node: Node?, path: String) -> [(node: Node, path: String)] {
        guard let node else { return [] }
        lines.record(path, line: node.mark?.line)
        guard case let .sequence(sequence) = node else {
            report(.wrongShape, path, line: node.mark?.line, column: node.mark?.column, zh: "此处应为列表", en: "expected a list here")
            return []
        }
        return sequence.enumerated().map { index, element in
            let elementPath = "\(path)[\(index)]"
            lines.record(elementPath, line: element.mark?.line)
            return (element, elementPath)
        }
    }
}

extension String {
    var planTrimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
