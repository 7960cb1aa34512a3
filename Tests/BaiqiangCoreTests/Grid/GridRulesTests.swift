import Foundation
import Testing
@testable import BaiqiangCore

/// Grid events follow the demands workflow with the grid categories; the town of the event's grid
/// acts as its centre; a grid worker reaches only its own grid.
@Suite struct GridRulesTests {
    static let categories = try! GridEvents.bundledCategories()
    static let workflow = GridEvents.workflow(calendar: CalendarTestSupport.bundled, categories: categories)
    static let received = CalendarTestSupport.at("2025-09-26T09:00:00+08:00")
    static let worker = AccessActor(role: .gridWorker, gridCode: "shaping-01")
    static let town = AccessActor.town("shaping")
    static let otherTown = AccessActor.town("gulao")

    @Test func theBundledCategoriesCoverTheFiveKindsWithWorkingDayLimits() throws {
        let codes = Self.categories.categories.map(\.code)
        #expect(codes == ["safety-hazard", "illegal-construction", "environment", "factory-subletting", "fire-risk"])
        let subletting = try #require(Self.categories.category("factory-subletting"))
        #expect(subletting.name.zh == "厂中厂")
        #expect(subletting.limits[.closure] == .workingDays(20))
        #expect(subletting.group.en == "County's own limits")
    }

    @Test func anEventRunsAcceptAssignHandleVerifyCloseThroughTheDemandWorkflow() throws {
        var event = try Self.workflow.start(categoryCode: "fire-risk", enterpriseCode: "", townCode: "shaping", at: Self.received)
        #expect(event.status == .submitted)
        // Friday 26 September 2025 + 3 working days crosses the National Day holiday.
        #expect(event.deadlines.closure > Self.received.addingTimeInterval(3 * 86_400))
        let step = { (n: Double) in Self.received.addingTimeInterval(n * 3600) }
        event = try Self.workflow.apply(.accept, by: Self.town, at: step(1), to: event)
        event = try Self.workflow.apply(.assign(.department("yjglj")), by: Self.town, at: step(2), to: event)
        let bureau = AccessActor.department("yjglj")
        event = try Self.workflow.apply(.respond(answer: "已到场"), by: bureau, at: step(3), to: event)
        event = try Self.workflow.apply(.resolve(summary: "通道已清理"), by: bureau, at: step(4), to: event)
        event = try Self.workflow.apply(.returnVisit(.satisfied), by: Self.town, at: step(5), to: event)
        #expect(event.status == .closed)
    }

    @Test func onlyTheEventsOwnTownOrTheCentreAcceptsIt() throws {
        let event = try Self.workflow.start(categoryCode: "environment", enterpriseCode: "", townCode: "shaping", at: Self.received)
        #expect(throws: DemandWorkflowError.self) { try Self.workflow.apply(.accept, by: Self.otherTown, at: Self.received, to: event) }
        #expect(throws: DemandWorkflowError.self) { try Self.workflow.apply(.accept, by: Self.worker, at: Self.received, to: event) }
        #expect(throws: DemandWorkflowError.self) { try Self.workflow.apply(.accept, by: .department("gxj"), at: Self.received, to: event) }
        _ = try Self.workflow.apply(.accept, by: .department("centre", isDemandCentre: true), at: Self.received, to: event)
        #expect(Self.workflow.availableActions(for: Self.town, on: event, at: Self.received).contains(.accept))
        #expect(!Self.workflow.availableActions(for: Self.otherTown, on: event, at: Self.received).contains(.accept))
    }

    @Test func aDemandIsStillAcceptedOnlyByTheDemandCentre() throws {
        let demands = DemandWorkflow(calendar: CalendarTestSupport.bundled, categories: Self.categories)
        let demand = try demands.start(categoryCode: "environment", enterpriseCode: "X", townCode: "shaping", at: Self.received)
        #expect(throws: DemandWorkflowError.self) { try demands.apply(.accept, by: Self.town, at: Self.received, to: demand) }
    }

    @Test func aGridWorkerReachesOnlyItsGridATownItsGridsTheCountyAll() {
        let reach = GridReach.of(Self.worker)
        #expect(reach.admits(gridCode: "shaping-01", townCode: "shaping"))
        #expect(!reach.admits(gridCode: "shaping-02", townCode: "shaping"))
        #expect(GridReach.of(Self.town).admits(gridCode: "shaping-02", townCode: "shaping"))
        #expect(!GridReach.of(Self.town).admits(gridCode: "gulao-01", townCode: "gulao"))
        #expect(GridReach.of(.department("gxj")) == .county)
        #expect(GridReach.of(.admin) == .county)
        #expect(GridReach.of(AccessActor(role: .gridWorker)) == .nothing)
        #expect(GridReach.of(.enterprise("X")) == .nothing)
        // …and outside the grid capability a grid worker reads nothing of the county.
        #expect(Self.worker.scope == .nothing)
    }

    @Test func aReportNeedsTextACategoryAndAPlace() {
        let good = GridEventReport(gridCode: "shaping-01", categoryCode: "fire-risk", description: "消防通道堵塞", address: "沙坪街道1号")
        #expect(GridEventCheck.issues(good, categories: Self.categories).isEmpty)
        var bad = good
        bad.address = nil
        #expect(GridEventCheck.issues(bad, categories: Self.categories).map(\.column) == ["address"])
        bad.latitude = 22.7
        #expect(GridEventCheck.issues(bad, categories: Self.categories).map(\.column) == ["longitude"])
        bad.longitude = 200
        #expect(GridEventCheck.issues(bad, categories: Self.categories).map(\.column) == ["longitude"])
        bad = good
        bad.categoryCode = "nope"
        bad.description = "  "
        #expect(GridEventCheck.issues(bad, categories: Self.categories).map(\.column) == ["category", "description"])
    }

    @Test func aCampaignCountsTheEventsInItsScopeAndPeriod() {
        let campaign = GridCampaign(
            code: "cz", name: BilingualText(zh: "厂中厂专项整治", en: "Factory-within-a-factory campaign"),
            towns: ["shaping"], categories: ["factory-subletting"],
            start: PlanDate("2025-09-01")!, end: PlanDate("2025-12-31")!,
            targets: GridCampaignTargets(sitesChecked: 10, hazardsFound: 4, hazardsFixed: 4))
        let day = PlanDate("2025-10-10")!
        let events = [
            GridEventFacts(townCode: "shaping", categoryCode: "factory-subletting", reportedOn: day, hazardFound: true, status: .closed),
            GridEventFacts(townCode: "shaping", categoryCode: "factory-subletting", reportedOn: day, hazardFound: true, status: .assigned),
            GridEventFacts(townCode: "shaping", categoryCode: "factory-subletting", reportedOn: day, hazardFound: false, status: .closed),
            // Outside: another town, another category, before the period.
            GridEventFacts(townCode: "gulao", categoryCode: "factory-subletting", reportedOn: day, hazardFound: true, status: .closed),
            GridEventFacts(townCode: "shaping", categoryCode: "fire-risk", reportedOn: day, hazardFound: true, status: .closed),
            GridEventFacts(townCode: "shaping", categoryCode: "factory-subletting", reportedOn: PlanDate("2025-08-31")!, hazardFound: true, status: .closed),
        ]
        let counts = campaign.progress(of: events)
        #expect(counts == GridCampaignCounts(sitesChecked: 3, hazardsFound: 2, hazardsFixed: 1))
        #expect(counts.fixRate == 0.5)
        #expect(counts.shares(of: campaign.targets).sites == 0.3)
    }

    @Test func gridRowsAreCheckedWithRowAndColumn() {
        let towns: Set<String> = ["shaping"]
        #expect(GridCheck.issues(GridRecord(code: "shaping-01", name: "沙坪一网格", townCode: "shaping"), towns: towns).isEmpty)
        let issues = GridCheck.issues(GridRecord(code: "bad code", name: "", townCode: "nowhere"), towns: towns, row: 3)
        #expect(issues.map(\.column) == ["code", "name", "town"])
        #expect(issues.allSatisfy { $0.row == 3 })
        let rows = [GridRecord(code: "a", name: "A", townCode: "shaping"), GridRecord(code: "a", name: "B", townCode: "shaping")]
        #expect(GridCheck.duplicates(rows).map(\.row) == [2])
        #expect(GridTeam(text: "专职") == .fullTime)
        #expect(GridTeam(text: "辅助网格员") == .auxiliary)
        #expect(GridTeam(text: "part_time") == .partTime)
    }
}

@Suite("The demo's generated site photo")
struct DemoGridPhotoTests {
    @Test("Every variant is a whole PNG that passes the photo check an upload passes, and variants differ")
    func validPNG() throws {
        var seen: Set<Data> = []
        for variant in 0..<4 {
            let data = DemoGridPhoto.png(variant: variant)
            #expect(try GridEventPhotos.check(fileName: DemoGridPhoto.fileName(variant), data: data, existing: 0) == "image/png")
            #expect(data.count < 64 * 1024, "small enough to seed quickly")
            seen.insert(data)
        }
        #expect(seen.count == 4)
    }
}
