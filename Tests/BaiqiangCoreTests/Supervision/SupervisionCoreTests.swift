import Testing
@testable import BaiqiangCore

@Suite("Special supervisors' rules 特约监督员")
struct SupervisionCoreTests {
    static func day(_ text: String) -> PlanDate { PlanDate(text)! }

    @Test("Only the discipline office reads all reports and a supervisor their own; no one else, the demand centre and admins included")
    func reach() {
        #expect(SupervisionReach.of(.department("jw", designations: [.disciplineOffice])) == .all)
        #expect(SupervisionReach.of(AccessActor(role: .supervisor)) == .filedByReader)
        for actor in [AccessActor.admin, .leader, .auditor, .department("gxj"), .department("zsj", isDemandCentre: true),
                      .department("zrzyj", designations: [.landBureau]), .town("shaping"),
                      AccessActor(role: .town, designations: [.disciplineOffice])] {
            #expect(SupervisionReach.of(actor) == .nothing, "\(actor.role)")
        }
        #expect(SupervisionReach.filedByReader.admits(reporter: "a", reader: "a"))
        #expect(!SupervisionReach.filedByReader.admits(reporter: "a", reader: "b"))
        #expect(!SupervisionReach.nothing.admits(reporter: "a", reader: "a"))
    }

    @Test("Permissions: a supervisor files, the discipline office handles, leaders and the office see the summary")
    func permissions() {
        let office = Permissions(.department("jw", designations: [.disciplineOffice]))
        #expect(Permissions(AccessActor(role: .supervisor)).allows(.fileSupervisionReport))
        #expect(!office.allows(.fileSupervisionReport) && office.allows(.handleSupervisionReports) && office.allows(.seeSupervisionSummary))
        #expect(Permissions(.leader).allows(.seeSupervisionSummary) && !Permissions(.leader).allows(.handleSupervisionReports))
        #expect(!Permissions(.admin).allows(.handleSupervisionReports) && !Permissions(.admin).allows(.seeSupervisionSummary))
        #expect(!Permissions(AccessActor(role: .supervisor)).allows(.seeSupervisionSummary))
        #expect(AccessRefusal(.handleSupervisionReports).kind == .forbidden)
    }

    @Test("A term is open from its first to its last day; outside it filing is refused with the dates")
    func term() {
        let term = SupervisorTerm(start: Self.day("2025-01-01"), end: Self.day("2026-12-31"))
        #expect(term.refusal(on: Self.day("2025-01-01")) == nil && term.refusal(on: Self.day("2026-12-31")) == nil)
        #expect(term.refusal(on: Self.day("2027-01-01"))?.message.en.contains("2026-12-31") == true)
        #expect(term.refusal(on: Self.day("2024-12-31")) != nil)
        #expect(SupervisorTerm.issues(name: "甲", unit: "乙", start: "2026-01-01", end: "2025-01-01").map(\.column) == ["term_end"])
        #expect(SupervisorTerm.issues(name: "", unit: "乙", start: "2026-01-01", end: "2037-01-01").map(\.column) == ["name", "term_end"])
    }

    @Test("Handling goes submitted → accepted → investigating → concluded, dated, and refuses steps out of order")
    func handling() throws {
        let filed = Self.day("2026-05-01")
        var handling = SupervisionHandling()
        #expect(throws: SupervisionInputError.self) { try handling.applying(.investigate, on: filed, filedOn: filed) }
        #expect(throws: SupervisionInputError.self) { try handling.applying(.accept, on: Self.day("2026-04-30"), filedOn: filed) }
        handling = try handling.applying(.accept, on: Self.day("2026-05-02"), filedOn: filed)
        #expect(handling.status == .accepted && handling.acceptedOn == Self.day("2026-05-02"))
        #expect(throws: SupervisionInputError.self) { try handling.applying(.conclude(.substantiated, actionTaken: " "), on: filed, filedOn: filed) }
        handling = try handling.applying(.investigate, on: Self.day("2026-05-03"), filedOn: filed)
        handling = try handling.applying(.conclude(.substantiated, actionTaken: "立案审查"), on: Self.day("2026-05-04"), filedOn: filed)
        #expect(handling.status == .concluded && handling.outcome == .substantiated && handling.actionTaken == "立案审查")
        #expect(throws: SupervisionInputError.self) { try handling.applying(.accept, on: Self.day("2026-05-05"), filedOn: filed) }
    }

    @Test("A draft names each problem: unknown type, unknown unit, a future date, an empty description")
    func draft() throws {
        let types = try SupervisionReportTypes.bundled()
        #expect(Set(types.types.map(\.code)) == ["delay", "obstruction", "improper_charges", "graft", "other"])
        #expect(types.name("graft").zh == "吃拿卡要")
        let bad = SupervisionReportDraft(typeCode: "x", unit: "department:nope", occurredOn: "2026-06-01", description: "  ")
        let columns = bad.issues(types: types, units: ["department:gxj"], today: Self.day("2026-05-20")).compactMap(\.column)
        #expect(columns == ["type", "unit", "occurred_on", "description"])
        let good = SupervisionReportDraft(typeCode: "delay", unit: "department:gxj", occurredOn: "2026-05-01", description: "拖延")
        #expect(good.issues(types: types, units: ["department:gxj"], today: Self.day("2026-05-20")).isEmpty)
    }

    @Test("The summary counts by type (in the list's order), unit and outcome, and the open ones")
    func summary() throws {
        let rows = [
            SupervisionSummary.Row(typeCode: "graft", unit: "department:gxj", status: .concluded, outcome: .substantiated),
            SupervisionSummary.Row(typeCode: "delay", unit: "department:gxj", status: .accepted, outcome: nil),
            SupervisionSummary.Row(typeCode: "delay", unit: "town:shaping", status: .concluded, outcome: .notSubstantiated),
        ]
        let summary = SupervisionSummary(year: 2026, rows: rows, types: try SupervisionReportTypes.bundled())
        #expect(summary.total == 3 && summary.open == 1)
        #expect(summary.byType.map(\.key) == ["delay", "graft"] && summary.byType.map(\.count) == [2, 1])
        #expect(summary.byUnit.first?.key == "department:gxj" && summary.byUnit.first?.count == 2)
        #expect(summary.byOutcome.map(\.key) == ["substantiated", "not_substantiated"])
    }
}
