import Testing
@testable import BaiqiangCore

@Suite("The prefecture role 市级: every county of its prefecture, read-only")
struct PrefectureReachTests {
    @Test("A Jiangmen account reaches the seven units; a choice outside them reads the home county")
    func reach() {
        #expect(PrefectureReach.counties(home: "440784").count == 7)
        #expect(PrefectureReach.county(chosen: "440705", home: "440784") == "440705")
        #expect(PrefectureReach.county(chosen: "440106", home: "440784") == "440784")
        #expect(PrefectureReach.county(chosen: nil, home: "440784") == "440784")
        #expect(PrefectureReach.counties(home: "999999") == ["999999"])
    }

    @Test("A prefecture account is refused every write, and reads like a leader")
    func refusesEveryWrite() {
        let permissions = Permissions(AccessActor(role: .prefecture))
        let writes: [Permissions.Action] = [
            .submitDemand, .routeDemands, .editEnterprise, .importRegistry, .runEvaluation, .publishEvaluation, .importPlan, .managePlans,
            .writePlan(owner: nil), .writePlan(owner: "gxj"), .publishPlanFigures, .writeLand(townCode: nil), .writeLand(townCode: "shaping"),
            .configure, .manageAccounts, .readAudit, .recordRegionalFigures, .enterProjects, .editProject(leadDepartment: nil),
            .editProject(leadDepartment: "tcj"), .editChains,
        ]
        #expect(writes.filter(permissions.allows).isEmpty)
        #expect(AccessScope.of(role: .prefecture, townCode: nil, creditCode: nil) == .county)
    }
}
