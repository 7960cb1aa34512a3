import Foundation

/// The grids file (网格清单) and the grid workers file (网格员名单), CSV or XLSX with Chinese or
/// English headers, as `baiqiang import grids|grid-workers` reads them. Rows are numbered as a
/// spreadsheet shows them (the header is row 1).
public enum GridFile {
    /// The grids file's columns: key, Chinese and English header.
    public static let gridColumns: [(key: String, zh: String, en: String)] = [
        ("code", "网格编码", "code"), ("name", "网格名称", "name"), ("town", "镇街编码", "town"), ("village", "村（社区）", "village"),
    ]
    public static let workerColumns: [(key: String, zh: String, en: String)] = [
        ("username", "账号", "username"), ("grid", "网格编码", "grid"), ("team", "队伍", "team"),
    ]
    /// No county has more grids than this; a larger file is refused before anything is read into rows.
    public static let maximumRows = 20_000

    /// The records of a grids file, or every problem with its row and column.
    public static func grids(_ data: Data, sheet: String? = nil) throws -> [GridRecord] {
        try rows(data, sheet: sheet, columns: gridColumns).map { cells in
            GridRecord(code: cells["code"] ?? "", name: cells["name"] ?? "", townCode: cells["town"] ?? "",
                       village: (cells["village"] ?? "").isEmpty ? nil : cells["village"])
        }
    }

    /// The bindings of a grid workers file; an unknown team is refused with its row.
    public static func workers(_ data: Data, sheet: String? = nil) throws -> [GridWorkerRecord] {
        var issues: [LocatedIssue] = []
        var records: [GridWorkerRecord] = []
        for (offset, cells) in try rows(data, sheet: sheet, columns: workerColumns).enumerated() {
            let row = offset + 2
            let username = cells["username"] ?? "", grid = cells["grid"] ?? ""
            if username.isEmpty { issues.append(LocatedIssue(row: row, column: "username", reason: BilingualText(zh: "不能为空", en: "is required"))) }
            if grid.isEmpty { issues.append(LocatedIssue(row: row, column: "grid", reason: BilingualText(zh: "不能为空", en: "is required"))) }
            guard let team = GridTeam(text: cells["team"] ?? "") else {
                issues.append(LocatedIssue(row: row, column: "team", reason: GridTeam.unknownReason))
                continue
            }
            records.append(GridWorkerRecord(username: username, gridCode: grid, team: team))
        }
        guard issues.isEmpty else { throw FieldInputError(issues) }
        return records
    }

    /// Each data row as texts by column key; the header names the columns in either language.
    static func rows(_ data: Data, sheet: String?, columns: [(key: String, zh: String, en: String)]) throws -> [[String: String]] {
        let reader = try TableReader(data: data, sheet: sheet)
        var positions: [String: Int] = [:]
        var rows: [[String: String]] = []
        var tooMany = false
        try reader.read(header: { _, names in
            for (index, name) in names.enumerated() {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                if let column = columns.first(where: { $0.zh == trimmed || $0.en.caseInsensitiveCompare(trimmed) == .orderedSame }) {
                    positions[column.key] = index
                }
            }
            let missing = columns.filter { positions[$0.key] == nil && $0.key != "village" }
            if !missing.isEmpty {
                throw FieldInputError(missing.map { LocatedIssue(row: 1, column: $0.zh, reason: BilingualText(
                    zh: "缺少“\($0.zh)”列", en: "the '\($0.en)' column is missing")) })
            }
        }, row: { _, cells in
            guard rows.count < maximumRows else { tooMany = true; return }
            var values: [String: String] = [:]
            for (key, index) in positions where index < cells.count {
                values[key] = cells.string(index).trimmingCharacters(in: .whitespaces)
            }
            rows.append(values)
        })
        if tooMany {
            throw FieldInputError([LocatedIssue(row: nil, column: nil, reason: BilingualText(
                zh: "文件超过 \(maximumRows) 行", en: "the file has more than \(maximumRows) rows"))])
        }
        return rows
    }
}
