import Testing
@testable import BaiqiangCore

/// The project edit form read by Core: the importer's checks at their bounds, unreadable fields
/// named, planned days in stage order.
@Suite struct ProjectFormTests {
    let stored = ProjectRecord(name: "旧名", codename: "代号", year: 2024, investmentYi: 5, investorRevenueYi: 120,
                               linkedLeader: "张三", creditCode: CreditCode.completing("91440784MA0000000")!)

    func form(investment: String = "12", funds: String = "3", planned: [ProjectStage: String] = [:]) -> ProjectForm {
        ProjectForm(name: " 新名 ", codename: "代号B", year: "2025", investor: "某公司", investmentYi: investment,
                    fundsInPlaceYi: funds, channel: "chain", chainNode: "silicon-energy/modules", leadDepartment: "tcj",
                    town: "gonghe", isKey: true, planned: planned)
    }

    func columns(_ form: ProjectForm) -> [String] {
        switch form.read(onto: stored) {
        case .success: []
        case .failure(let error): error.fields
        }
    }

    @Test func readsOntoTheStoredRecord() throws {
        let read = try form(planned: [.started: "2025-06-01"]).read(onto: stored).get()
        #expect(read.record.name == "新名" && read.record.year == 2025 && read.record.investmentYi == 12)
        #expect(read.record.channel == .chain && read.record.chainCode == "silicon-energy" && read.record.chainNode == "modules")
        #expect(read.record.linkedLeader == "张三", "what the form does not carry is kept")
        #expect(read.record.investorRevenueYi == nil && read.record.creditCode == nil, "the form carries the revenue and the code: empty clears them")
        #expect(read.planned == [.started: PlanDate("2025-06-01")!])
    }

    @Test func investmentUpTo10000YiIsTaken_andOverIsRefusedWithTheUnitHint() throws {
        #expect(columns(form(investment: "10000", funds: "0")).isEmpty)
        guard case .failure(let error) = form(investment: "10000.5", funds: "0").read(onto: stored) else {
            Issue.record("accepted")
            return
        }
        #expect(error.fields == ["investment_yi"])
        #expect(error.issues[0].reason.zh.contains("是否填成了万元"))
    }

    @Test func fundsUpToTheInvestmentAreTaken_andMoreAreRefused() {
        #expect(columns(form(investment: "12", funds: "12")).isEmpty)
        #expect(columns(form(investment: "12", funds: "12.01")) == ["funds_in_place_yi"])
    }

    @Test func unreadableFieldsAreNamed() {
        var bad = form(investment: "十二")
        bad.year = "明年"
        bad.channel = "lottery"
        bad.chainNode = "modules"
        bad.planned = [.started: "2025-13-01"]
        bad.codename = ""
        #expect(Set(columns(bad)) == ["investment_yi", "year", "channel", "chain_node", "planned_started", "codename"])
    }

    @Test func plannedDaysFollowTheStages() {
        let sameDay = form(planned: [.landSupplied: "2025-03-31", .started: "2025-03-31"])
        #expect(columns(sameDay).isEmpty)
        let backwards = form(planned: [.landSupplied: "2025-03-31", .started: "2025-03-30", .producing: "2026-03-31"])
        #expect(columns(backwards) == ["planned_started"])
        let fullBeforeTrial = form(planned: [.producing: "2026-03-31", .fullCapacity: "2026-01-01"])
        #expect(columns(fullBeforeTrial) == ["planned_full_capacity"])
    }

    @Test func investorRevenueAndCreditCodeAreRead_theCodeByItsCheckCharacter() throws {
        let valid = try #require(CreditCode.completing("91440784ma0000001"))
        var edited = form()
        edited.investorRevenueYi = "150"
        edited.creditCode = " " + valid.lowercased() + " "
        let read = try edited.read(onto: stored).get()
        #expect(read.record.investorRevenueYi == 150 && read.record.tier.isHundredYiInvestor)
        #expect(read.record.creditCode == valid, "kept as the registry writes it")
        #expect(ProjectForm(read.record, planned: []).creditCode == valid && ProjectForm(read.record, planned: []).investorRevenueYi == "150")

        let last = valid.last!
        let wrongCheck = String(valid.dropLast()) + (last == "0" ? "1" : "0")
        edited.creditCode = wrongCheck
        edited.investorRevenueYi = "很多"
        guard case .failure(let error) = edited.read(onto: stored) else {
            Issue.record("accepted")
            return
        }
        #expect(Set(error.fields) == ["credit_code", "investor_revenue_yi"])
        let reason = try #require(error.issues.first { $0.column == "credit_code" }).reason
        #expect(reason.zh.contains("校验位错误") && reason.en.contains("Wrong check character"))
        edited.investorRevenueYi = "-1"
        edited.creditCode = "123"
        #expect(Set(columns(edited)) == ["credit_code", "investor_revenue_yi"])
    }
}
