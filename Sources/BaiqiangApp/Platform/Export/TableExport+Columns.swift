import BaiqiangCore
import Vapor

/// An export described by its columns, so one table serves two readers: a person gets headers
/// and names in the page's language, each code in a column of its own, scores to two decimals;
/// `?headers=machine` gets the machine keys and raw values that the importers read back.
extension TableExport {
    /// Who the file is for.
    enum Headers: Equatable {
        case language(Language)
        case machine

        /// The page's language unless the address asks for `headers=machine`.
        init(_ request: Request) {
            self = (try? request.query.get(String.self, at: "headers")) == "machine" ? .machine : .language(request.language)
        }
    }

    /// One column: its machine key, its header for people, and whether its values are codes
    /// (shown by name, with the code beside in a column of its own).
    struct Column: Sendable {
        var key: String
        var header: BilingualText
        var coded = false

        static func coded(_ key: String, _ header: BilingualText) -> Column { Column(key: key, header: header, coded: true) }
    }

    /// A value as the column's readers see it.
    enum Value {
        case text(String?)
        case number(Double?)
        /// A score or ratio: two decimals for people, every digit for machines.
        case score(Double?)
        /// A code and its name; an unknown code shows as itself.
        case code(String?, name: BilingualText?)
        /// A yes/no: 是/否 or Yes/No for people, 1/0 for machines.
        case flag(Bool?)
    }

    init(columns: [Column], rows: [[Value]], headers: Headers) {
        var header: [String] = []
        for column in columns {
            switch headers {
            case .machine: header.append(column.key)
            case .language(let language):
                header.append(column.header.text(for: language))
                if column.coded {
                    header.append(BilingualText(zh: column.header.zh + "代码", en: column.header.en + " code").text(for: language))
                }
            }
        }
        self.init(header: header, rows: rows.map { row in row.flatMap { Self.cells($0, headers) } })
    }

    static func cells(_ value: Value, _ headers: Headers) -> [Cell] {
        let language: Language? = if case .language(let language) = headers { language } else { nil }
        switch value {
        case .text(let text): return [text.map { .text($0) } ?? .empty]
        case .number(let number): return [number.map { .number($0) } ?? .empty]
        case .score(let number):
            guard let number else { return [.empty] }
            return [language == nil ? .number(number) : .text(String(format: "%.2f", number))]
        case .code(let code, let name):
            guard let language else { return [code.map { .text($0) } ?? .empty] }
            guard let code else { return [.empty, .empty] }
            return [.text(name?.text(for: language) ?? code), .text(code)]
        case .flag(let flag):
            guard let flag else { return [.empty] }
            guard let language else { return [.number(flag ? 1 : 0)] }
            return [.text(BilingualText(zh: flag ? "是" : "否", en: flag ? "Yes" : "No").text(for: language))]
        }
    }
}
