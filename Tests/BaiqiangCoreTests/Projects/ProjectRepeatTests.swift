import Foundation
import Testing
@testable import BaiqiangCore

/// A project file read back from an export repeats the stored projects: such a row is that
/// project, not a second one of its name; a row that differs in anything the file holds is not.
@Suite struct ProjectRepeatTests {
    static let stored = ProjectRecord(name: "隆基绿能鹤山10GW组件项目", codename: "HS-2022-LJ", year: 2022, investmentYi: 19.99,
                                      investor: "隆基绿能科技股份有限公司", leadDepartmentCode: "tcj", townCode: "zhishan", isKey: true)
    static let since = PlanDate("2023-04-21")!

    func repeats(_ record: ProjectRecord, stage: ProjectStage = .started, since: PlanDate = since, isDemo: Bool = false) -> Bool {
        ProjectRecordCheck.repeats(record, stage: stage, since: since, isDemo: isDemo, stored: Self.stored,
                                   storedStage: .started, storedSince: Self.since.description, storedIsDemo: false)
    }

    @Test("The same project, as the export writes it, repeats the stored one")
    func same() {
        #expect(repeats(Self.stored))
        // Columns the file does not hold are not compared.
        var unheld = Self.stored
        unheld.chainCode = nil
        unheld.investorRevenueYi = nil
        #expect(repeats(unheld))
    }

    @Test("A changed amount, stage, date or demo mark makes it a different row")
    func differs() {
        var amount = Self.stored; amount.investmentYi = 20
        var town = Self.stored; town.townCode = "gonghe"
        #expect(!repeats(amount))
        #expect(!repeats(town))
        #expect(!repeats(Self.stored, stage: .signed))
        #expect(!repeats(Self.stored, since: PlanDate("2023-04-22")!))
        #expect(!repeats(Self.stored, isDemo: true))
    }

    @Test("The leader cell, by the enterprises import's rule: = keeps any link, blank keeps only no link, an account only that account")
    func leader() {
        // A leader is not part of `repeats`: a row differing only there changes the link.
        var account = Self.stored; account.linkedLeaderUsername = "leader"
        #expect(repeats(account))
        let keeps = ProjectRecordCheck.keepsLeader
        #expect(keeps(.keep, "李市长", true, "lishi"))
        #expect(keeps(.keep, nil, false, nil))
        #expect(keeps(.none, nil, false, nil))
        #expect(!keeps(.none, "李市长", true, "lishi"), "blank unlinks a linked project")
        #expect(!keeps(.none, "李市长", false, nil), "blank drops a typed name too")
        #expect(keeps(.account(username: "lishi"), "李市长", true, "lishi"))
        #expect(!keeps(.account(username: "wang"), "李市长", true, "lishi"))
        #expect(!keeps(.account(username: "lishi"), "李市长", false, nil), "an account links a typed name")
    }

    @Test("The export's leader cell reads back as the link it came from")
    func fileCell() {
        #expect(LeaderChoice.fileCell(account: "lishi", linked: true, name: "李市长") == "lishi")
        #expect(LeaderChoice.fileCell(account: nil, linked: false, name: "李市长") == LeaderChoice.keepValue)
        #expect(LeaderChoice.fileCell(account: nil, linked: false, name: nil) == nil)
        #expect(LeaderChoice(field: LeaderChoice.fileCell(account: "lishi", linked: true, name: nil)) == .account(username: "lishi"))
        #expect(LeaderChoice(field: LeaderChoice.fileCell(account: nil, linked: false, name: nil)) == LeaderChoice.none)
    }
}
