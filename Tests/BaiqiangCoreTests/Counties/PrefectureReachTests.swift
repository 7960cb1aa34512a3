import Foundation
import Testing
@testable import BaiqiangCore

@Suite("The prefecture role 市级: every county of its prefecture, read-only")
struct PrefectureReachTests {
    @Test("A Jiangmen account reaches the seven units; a choice outside them reads the home county")
    func reach() throws {
        let profiles = try PrefectureProfiles()
        #expect(PrefectureReach.counties(home: "440784", in: profiles).count == 7)
        #expect(PrefectureReach.county(chosen: "440705", home: "440784", in: profiles) == "440705")
        #expect(PrefectureReach.county(chosen: "440106", home: "440784", in: profiles) == "440784")
        #expect(PrefectureReach.county(chosen: nil, home: "440784", in: profiles) == "440784")
        #expect(PrefectureReach.counties(home: "999999", in: profiles) == ["999999"])
    }

    @Test("An added profile that lists a county takes it before the shipped one; a bad file is refused with its name and line")
    func addedProfiles() throws {
        let yaml = """
            code: "449900"
            name: {zh: 广东省, en: Guangdong}
            units:
              - {code: "440784", name: {zh: 鹤山市, en: Heshan}}
              - {code: "440106", name: {zh: 天河区, en: Tianhe District}}
            figures: []
            prefectureTotals: []
            """
        let profiles = try PrefectureProfiles(adding: [try PrefectureProfile.decode(yaml: yaml, fileName: "guangdong.yaml")])
        #expect(profiles.profile(ofCounty: "440784")?.code == "449900")
        #expect(PrefectureReach.county(chosen: "440106", home: "440784", in: profiles) == "440106")
        #expect(PrefectureReach.county(chosen: "440705", home: "440784", in: profiles) == "440784")
        #expect(profiles.profile(ofCounty: "440705")?.code == "440700")

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prefectures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(yaml.utf8).write(to: directory.appendingPathComponent("guangdong.yaml"))
        #expect(try PrefectureProfiles.load(directory: directory.path).profile(ofCounty: "440106")?.name.zh == "广东省")
        try Data(yaml.replacingOccurrences(of: "440106", with: "440784").utf8).write(to: directory.appendingPathComponent("guangdong.yaml"))
        let error = try #require(throws: PrefectureProfileError.self) { try PrefectureProfiles.load(directory: directory.path) }
        #expect(error.file == "guangdong.yaml" && error.line == 5)
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
