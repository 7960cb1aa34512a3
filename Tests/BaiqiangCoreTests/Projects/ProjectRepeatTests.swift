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

    @Test("A changed amount, stage, date, demo mark or leader account makes it a different row")
    func differs() {
        var amount = Self.stored; amount.investmentYi = 20
        var town = Self.stored; town.townCode = "gonghe"
        var account = Self.stored; account.linkedLeaderUsername = "leader"
        #expect(!repeats(amount))
        #expect(!repeats(town))
        #expect(!repeats(account))
        #expect(!repeats(Self.stored, stage: .signed))
        #expect(!repeats(Self.stored, since: PlanDate("2023-04-22")!))
        #expect(!repeats(Self.stored, isDemo: true))
    }
}
