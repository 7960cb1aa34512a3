import Foundation

/// The visits file (走访记录导入文件): one visit a row, in exactly the columns the visits export
/// writes, so an exported file imports back as the same visits. The firm's and leader's names,
/// the town and the demand raised are written for people reading the file; an import reads the
/// firm by its credit code and the leader by account name, and ignores the rest.
public enum VisitsFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "走访记录", en: "Visits"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("firm_name", chinese: ["企业名称"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("town", chinese: ["镇街"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("leader", chinese: ["领导账号", "挂钩领导账号"], kind: .text(nonEmpty: true, field: .username)),
            ImportColumn("leader_name", chinese: ["领导姓名", "挂钩领导"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("date", chinese: ["走访日期", "日期"], kind: .text(nonEmpty: true, field: .code)),
            ImportColumn("participants", chinese: ["参加人员", "随行人员"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("firm_said", chinese: ["企业反映"], required: false, kind: .text(nonEmpty: false, field: .note)),
            ImportColumn("risk_flags", chinese: ["风险标记"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("demand_number", chinese: ["转办诉求"], required: false, kind: .text(nonEmpty: false, field: .code)),
            ImportColumn("demo", chinese: ["演示数据"], required: false, kind: .text(nonEmpty: false, field: .code)),
        ],
        keyColumns: ["credit_code", "leader", "date"])

    /// What the demo column holds on a generated visit; blank on a real one.
    public static let demoLabel = "演示数据"

    /// The notes (说明) of the columns an import does not read.
    public static func isInformational(_ key: String) -> Bool {
        ["firm_name", "town", "leader_name", "demand_number"].contains(key)
    }

    /// Parses a whole file (CSV or XLSX); every cell's problem is named by row and column. The
    /// visits' own checks (`VisitCheck`, the firm and leader known) come after, against the store.
    public static func parse(_ data: Data, sheet: String? = nil) throws -> ImportParseResult<VisitsFileRow> {
        try ImportParser.parse(data, as: VisitsFileDecoder.self, spec: spec,
                               reference: ImportReferenceData(industries: try IndustryClassification.bundled(), towns: nil),
                               sheet: sheet)
    }
}

/// One row of a visits file: the visit, and whether the file marks it as demo data.
public struct VisitsFileRow: Sendable, Hashable {
    public var record: VisitRecord
    public var isDemo: Bool

    public init(record: VisitRecord, isDemo: Bool) {
        self.record = record
        self.isDemo = isDemo
    }
}

/// Reads a visits row.
public struct VisitsFileDecoder: ImportRecordDecoder {
    let creditCode, leader, date, participants, firmSaid, flags, demo: ImportColumnRef?

    public init(mapping: HeaderMapping) {
        creditCode = mapping.column("credit_code")
        leader = mapping.column("leader")
        date = mapping.column("date")
        participants = mapping.column("participants")
        firmSaid = mapping.column("firm_said")
        flags = mapping.column("risk_flags")
        demo = mapping.column("demo")
    }

    public func decode(_ row: inout RowReader) -> VisitsFileRow? {
        let code = row.creditCode(creditCode)
        let username = row.requiredText(leader, .username)
        let dateText = row.requiredText(date, .code)
        let day = dateText.flatMap { PlanDate($0) }
        if dateText != nil, day == nil {
            row.report(date, BilingualText(zh: "日期应写作 2025-03-01", en: "write the date as 2025-03-01"))
        }
        let people = row.optionalText(participants, .name)
        let said = row.optionalText(firmSaid, .note)
        var riskFlags: Set<RiskFlag> = []
        switch RiskFlag.parse(row.optionalText(flags, .name)) {
        case .success(let parsed): riskFlags = parsed
        case .failure(let unknown): row.report(flags, unknown.reason)
        }
        let demoText = row.optionalText(demo, .code)
        var isDemo = false
        if let demoText {
            if demoText == VisitsFile.demoLabel || demoText.lowercased() == "demo" { isDemo = true } else {
                row.report(demo, BilingualText(zh: "只能为空或“\(VisitsFile.demoLabel)”", en: "must be blank or '\(VisitsFile.demoLabel)' (demo)"))
            }
        }
        guard let code, let username, let day, !row.hasIssues else { return nil }
        return VisitsFileRow(record: VisitRecord(creditCode: code.value, leaderUsername: username, date: day,
                                                 participants: people, firmSaid: said, flags: riskFlags),
                             isDemo: isDemo)
    }

    public func key(of record: VisitsFileRow) -> String {
        "\(record.record.creditCode)/\(record.record.leaderUsername)/\(record.record.date)"
    }

    public func describe(_ key: String) -> String { key }
}
