import BaiqiangCore
import Vapor

/// The pipeline as the project import reads it: its columns, headed in the page's language, with
/// channel and stage by their Chinese names on a Chinese page (the importer reads a code or the
/// Chinese name) and by code on an English one; towns and departments by code; the linked leader
/// by account (as the enterprises export writes it, so the link reads back) with the leader's
/// name in its own column for people. Names are shown as to the account (before signing, a
/// codename), so a file never tells more than the page.
enum ProjectExport {
    /// `leaders`: the sign-in names of the linked leader accounts, by account.
    static func table(_ projects: [Project], leaders: [UUID: String], principal: Principal, language: Language) -> TableExport {
        let columns = ProjectImport.Column.allCases.map { ($0.rawValue, BilingualText(zh: $0.chineseHeader, en: $0.rawValue)) }
        let chinese = language == .zhHans
        return TableExport(columns: columns, language: language, rows: projects.map { project in
            let channel = project.channel.map { raw in chinese ? ProjectChannel(rawValue: raw)?.label.zh ?? raw : raw }
            let stage = chinese ? ProjectStage(rawValue: project.stage)?.label.zh ?? project.stage : project.stage
            let cells: [ProjectImport.Column: TableExport.Cell] = [
                .name: .text(project.shownName(to: principal)), .codename: .text(project.codename),
                .year: .number(Double(project.year)), .investor: TableExport.text(project.shownInvestor(to: principal)),
                .investmentYi: .number(project.investmentYi), .fundsInPlaceYi: .number(project.fundsInPlaceYi),
                // Hidden with the investor: before signing it would help name the firm.
                .investorRevenueYi: TableExport.number(project.shownInvestor(to: principal) == nil ? nil : project.investorRevenueYi),
                .channel: TableExport.text(channel), .town: TableExport.text(project.townCode),
                .leader: TableExport.text(project.linkedLeader),
                .leaderAccount: RegistryExport.leaderCell(id: project.linkedLeaderID, name: project.linkedLeader, leaders),
                .leadDepartment: TableExport.text(project.leadDepartmentCode),
                .creditCode: TableExport.text(project.creditCode), .stage: .text(stage), .stageDate: .text(project.stageSince),
                .key: TableExport.flag(project.isKey, language),
                // 演示数据: the import reads it back, so a demo project stays labelled.
                .isDemo: TableExport.flag(project.isDemo, language),
            ]
            return Dictionary(uniqueKeysWithValues: cells.map { ($0.key.rawValue, $0.value) })
        })
    }
}
