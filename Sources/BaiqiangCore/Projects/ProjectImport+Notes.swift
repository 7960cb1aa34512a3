/// The project template's notes, from the limits `ProjectRecordCheck` and `ProjectImport` hold a
/// row to.
extension ProjectImport.Column {
    public var note: ImportColumnNote {
        typealias Note = ImportColumnNote
        let years = ProjectRecordCheck.years
        let rule: BilingualText = switch self {
        case .name, .codename: Note.textRule(.name, nonEmpty: true)
        case .investor: Note.textRule(.name, nonEmpty: false)
        case .year: Note.rangeRule(Double(years.lowerBound)...Double(years.upperBound), integer: true)
        case .investmentYi, .fundsInPlaceYi: Note.rangeRule(0...ProjectRecordCheck.maximumInvestmentYi)
        case .channel: Note.oneOf(ProjectChannel.allCases.map { BilingualText(zh: $0.label.zh, en: $0.rawValue) })
        case .stage: Note.oneOf(ProjectStage.allCases.map { BilingualText(zh: $0.label.zh, en: $0.rawValue) })
        case .town, .leadDepartment: Note.textRule(.code, nonEmpty: false)
        case .creditCode: ImportValueKind.creditCode.rule
        case .investorRevenueYi: Note.rangeRule(0...FieldLimits.maximumMagnitude)
        case .leader:
            BilingualText(
                zh: Note.textRule(.contact, nonEmpty: false).zh + "；供人阅读：挂钩以“挂钩领导账号”为准，仅在该列缺失或填“\(LeaderChoice.keepValue)”时读入此姓名",
                en: Note.textRule(.contact, nonEmpty: false).en + "; for people: the link is the leader account column, and this name is read only when that column is absent or “\(LeaderChoice.keepValue)”")
        // The enterprises import's rule, word for word: one rule for linking a leader by file.
        case .leaderAccount: ImportValueKind.leaderAccount.rule
        case .stageDate: BilingualText(zh: "日期，YYYY-MM-DD", en: "a date, YYYY-MM-DD")
        case .key, .isDemo: ImportValueKind.boolean.rule
        }
        let unit: BilingualText? = ([.investmentYi, .fundsInPlaceYi, .investorRevenueYi] as [Self]).contains(self) ? BilingualText(zh: "亿元", en: "100 million yuan") : nil
        return Note(meaning: BilingualText(zh: "\(chineseHeader)（英文表头 \(rawValue)）", en: "\(rawValue) (中文表头 \(chineseHeader))"),
                    unit: unit, required: Self.required.contains(self), rule: rule)
    }
}
