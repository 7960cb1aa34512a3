import BaiqiangCore

/// An export in an import's own columns, so a file downloaded from a page imports back into the
/// same records: the import's whole header in the page's language (the preferred Chinese header,
/// or the English one; the importers read both), one cell per column in the import's order.
extension TableExport {
    init(columns: [(key: String, header: BilingualText)], language: Language, rows: [[String: Cell]]) {
        self.init(header: columns.map { $0.header.text(for: language) },
                  rows: rows.map { row in columns.map { row[$0.key] ?? .empty } })
    }

    init(spec: ImportFileSpec, language: Language, rows: [[String: Cell]]) {
        self.init(columns: spec.columns.map { ($0.key, $0.label) }, language: language, rows: rows)
    }

    /// A cell for optional text.
    static func text(_ value: String?) -> Cell {
        value.map { .text($0) } ?? .empty
    }

    /// A cell for an optional number.
    static func number(_ value: Double?) -> Cell {
        value.map { .number($0) } ?? .empty
    }

    /// A yes/no as the importers read it, in the page's language.
    static func flag(_ value: Bool, _ language: Language) -> Cell {
        .text(BilingualText(zh: value ? "是" : "否", en: value ? "yes" : "no").text(for: language))
    }
}
