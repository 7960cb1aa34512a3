import Foundation

/// A file of projects (CSV or XLSX, Chinese or English headers) read into records and the stage
/// each project has reached, every problem named by its row and column. Nothing is written here:
/// the caller applies all rows or none, or with `--partial` the valid ones.
public enum ProjectImport {
    /// The columns, each with the header names accepted for it.
    public enum Column: String, CaseIterable, Sendable {
        case name, codename, year, investor
        case investmentYi = "investment_yi"
        case fundsInPlaceYi = "funds_in_place_yi"
        /// The investor's yearly revenue (亿元): 百亿企业 from 100.
        case investorRevenueYi = "investor_revenue_yi"
        case channel, town, leader
        case leaderAccount = "leader_account"
        case leadDepartment = "lead_department"
        case creditCode = "credit_code"
        case stage
        case stageDate = "stage_date"
        case key
        /// 演示数据: an export marks a demo project's rows so that they stay labelled when read back.
        case isDemo = "is_demo"

        public var chineseHeader: String {
            switch self {
            case .name: "项目名称"
            case .codename: "代号"
            case .year: "年份"
            case .investor: "投资方"
            case .investmentYi: "计划投资（亿元）"
            case .fundsInPlaceYi: "到资（亿元）"
            case .investorRevenueYi: "投资方年营收（亿元）"
            case .channel: "招商渠道"
            case .town: "镇街"
            case .leader: "挂钩领导"
            case .leaderAccount: "挂钩领导账号"
            case .leadDepartment: "牵头部门"
            case .creditCode: "统一社会信用代码"
            case .stage: "阶段"
            case .stageDate: "阶段日期"
            case .key: "重点项目"
            case .isDemo: "演示数据"
            }
        }

        static let required: [Column] = [.name, .codename, .year, .investmentYi, .stage, .stageDate]
    }

    public struct Row: Sendable {
        /// The row as the user sees it in the file (the header is row 1).
        public let row: Int
        public let cells: [String]
        public let record: ProjectRecord
        public let history: ProjectStageHistory
        /// Generated demo data (演示数据), never counted as the county's own.
        public var isDemo = false
        /// The linked leader by account, read by the enterprises import's rule (`LeaderChoice`):
        /// an absent column or `=` keeps the stored link, a blank cell links none.
        public var leader: LeaderChoice = .keep
    }

    public struct Parsed: Sendable {
        public let header: [String]
        public let rows: [Row]
        /// Problems of single rows, by file row and column.
        public let issues: [LocatedIssue]
        /// Every data row's cells, by file row, to write the rejected ones back.
        public let cells: [Int: [String]]
        public var rowsRead: Int { cells.count }

        /// The same file without the rows at `offsets` (positions in `rows`), which are set
        /// aside; the rows read still count them.
        public func setting(aside offsets: Set<Int>) -> Parsed {
            Parsed(header: header, rows: rows.enumerated().filter { !offsets.contains($0.offset) }.map(\.element),
                   issues: issues, cells: cells)
        }
    }

    /// Why a whole file is refused.
    public struct FileError: BilingualError, Equatable {
        public let message: BilingualText
    }

    public static func parse(_ data: Data, sheet: String? = nil) throws -> Parsed {
        let reader = try TableReader(data: data, sheet: sheet)
        var header: [String] = []
        var index: [Column: Int] = [:]
        var rows: [Row] = []
        var issues: [LocatedIssue] = []
        var cells: [Int: [String]] = [:]
        try reader.read(header: { _, names in
            header = names
            for (position, raw) in names.enumerated() {
                let name = HeaderText.normalise(raw)
                if let column = Column.allCases.first(where: {
                    HeaderText.normalise($0.rawValue) == name || HeaderText.normalise($0.chineseHeader) == name
                }) {
                    index[column] = position
                }
            }
            let missing = Column.required.filter { index[$0] == nil }
            guard missing.isEmpty else {
                let names = missing.map(\.rawValue).joined(separator: ", ")
                throw FileError(message: BilingualText(zh: "缺少列：\(names)", en: "Missing columns: \(names)"))
            }
        }, row: { number, row in
            let strings = row.strings
            cells[number] = strings
            var rowIssues: [LocatedIssue] = []
            if let first = strings.first, ImportTemplate.isExample(first) {
                issues.append(LocatedIssue(row: number, column: nil, reason: ImportTemplate.exampleRowReason))
                return
            }
            func text(_ column: Column) -> String? {
                guard let position = index[column], position < strings.count else { return nil }
                let value = strings[position].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            func fail(_ column: Column, _ zh: String, _ en: String) {
                rowIssues.append(LocatedIssue(row: number, column: column.rawValue, reason: BilingualText(zh: zh, en: en)))
            }
            func amount(_ column: Column) -> Double? {
                guard let raw = text(column) else { return nil }
                guard let value = Double(raw), value.isFinite else { fail(column, "不是数字", "is not a number"); return nil }
                return value
            }
            let year = text(.year).flatMap { Int($0) }
            if text(.year) != nil, year == nil { fail(.year, "不是年份", "is not a year") }
            let channel = text(.channel).flatMap { raw in
                ProjectChannel(rawValue: raw) ?? ProjectChannel.allCases.first { $0.label.zh == raw }
            }
            if text(.channel) != nil, channel == nil { fail(.channel, "不是可选的招商渠道", "is not a channel") }
            let stage = text(.stage).flatMap { raw in ProjectStage(rawValue: raw) ?? ProjectStage.allCases.first { $0.label.zh == raw } }
            if stage == nil { fail(.stage, "不是有效的阶段", "is not a stage") }
            let date = text(.stageDate).flatMap(PlanDate.init)
            if date == nil { fail(.stageDate, "须为 YYYY-MM-DD", "must be YYYY-MM-DD") }
            let key = text(.key).map { ["1", "true", "yes", "是", "y"].contains($0.lowercased()) } ?? false
            let isDemo = text(.isDemo).map { raw -> Bool in
                guard let flag = RowReader.flag(raw) else {
                    rowIssues.append(LocatedIssue(row: number, column: Column.isDemo.rawValue, reason: RowReader.notAFlag(raw)))
                    return false
                }
                return flag
            } ?? false
            // The account decides the link; the name column is for people, read only where the
            // link is kept (an older file, or a project whose typed name was never linked).
            let leader: LeaderChoice = index[.leaderAccount] == nil ? .keep : LeaderChoice(field: text(.leaderAccount))
            var username: String?
            if case .account(let name) = leader { username = name }
            let investment = amount(.investmentYi)
            if investment == nil, text(.investmentYi) == nil { fail(.investmentYi, "不能为空", "is required") }
            let record = ProjectRecord(
                name: text(.name) ?? "", codename: text(.codename) ?? "", year: year ?? 0, investmentYi: investment ?? 0,
                fundsInPlaceYi: amount(.fundsInPlaceYi) ?? 0, investor: text(.investor),
                investorRevenueYi: amount(.investorRevenueYi), channel: channel,
                linkedLeader: leader == .none ? nil : text(.leader), leadDepartmentCode: text(.leadDepartment), townCode: text(.town),
                // As the registry keys the firm: upper case; a wrong code is refused by the check below.
                creditCode: text(.creditCode).map { (try? CreditCode($0))?.value ?? $0 }, isKey: key, linkedLeaderUsername: username)
            // Problems of fields already refused above are not repeated.
            let refused = Set(rowIssues.compactMap(\.column))
            rowIssues += ProjectRecordCheck.issues(record, row: number).filter { !refused.contains($0.column ?? "") }
            if rowIssues.isEmpty, let stage, let date {
                rows.append(Row(row: number, cells: strings, record: record, history: ProjectStageHistory(start: stage, on: date),
                                isDemo: isDemo, leader: leader))
            }
            issues += rowIssues
        })
        return Parsed(header: header, rows: rows, issues: issues, cells: cells)
    }

    /// The rejected rows as CSV, each with its reasons, to fix and import again.
    public static func rejectedFile(_ parsed: Parsed, issues: [LocatedIssue]) -> [UInt8] {
        let byRow = Dictionary(grouping: issues.filter { $0.row != nil }, by: { $0.row! })
        let rejected = byRow.keys.sorted().map { row in
            RejectedRow(row: row, cells: parsed.cells[row] ?? [],
                        reasons: byRow[row]!.map { BilingualText(zh: "\($0.column ?? "")：\($0.reason.zh)", en: "\($0.column ?? ""): \($0.reason.en)") })
        }
        return RejectedRowsWriter.csv(header: parsed.header, rows: rejected)
    }
}
