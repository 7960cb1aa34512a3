import Foundation
import Testing
@testable import BaiqiangCore

/// Who keeps campaigns and worker bindings, and what a binding or a campaign form may hold.
@Suite struct GridKeepingRulesTests {
    static let town = AccessActor.town("shaping")
    static let worker = GridWorkerRecord(username: "gwk1", gridCode: "gulao-01", team: .fullTime)

    static func campaign(towns: Set<String>) -> GridCampaign {
        GridCampaign(code: "c", name: BilingualText(zh: "整治", en: "Sweep"), towns: towns, categories: [],
                     start: PlanDate("2026-01-01")!, end: PlanDate("2026-12-31")!,
                     targets: GridCampaignTargets(sitesChecked: 1, hazardsFound: 1, hazardsFixed: 1))
    }

    @Test func anAdminKeepsAnyCampaignATownOnlyOneOfItsOwnTownAlone() throws {
        try GridCampaignCheck.authorise(Self.campaign(towns: []), replacing: Self.campaign(towns: ["gulao"]), by: .admin)
        try GridCampaignCheck.authorise(Self.campaign(towns: ["shaping"]), replacing: nil, by: Self.town)
        try GridCampaignCheck.authorise(Self.campaign(towns: ["shaping"]), replacing: Self.campaign(towns: ["shaping"]), by: Self.town)
        for (towns, existing) in [(Set<String>(), nil), (["gulao"], nil), (["shaping", "gulao"], nil),
                                  (["shaping"], Set<String>()), (["shaping"], ["gulao"])] as [(Set<String>, Set<String>?)] {
            #expect(throws: AccessRefusal.self, "\(towns) over \(String(describing: existing))") {
                try GridCampaignCheck.authorise(Self.campaign(towns: towns), replacing: existing.map(Self.campaign(towns:)), by: Self.town)
            }
        }
        for actor in [AccessActor.department("gxj"), .leader, AccessActor(role: .gridWorker, gridCode: "shaping-01")] {
            #expect(throws: AccessRefusal.self) { try GridCampaignCheck.authorise(Self.campaign(towns: ["shaping"]), replacing: nil, by: actor) }
        }
    }

    @Test func aCampaignDraftNamesWhatItCannotRead() {
        let draft = GridCampaignDraft(code: "c", nameZh: "整治", nameEn: "", towns: ["shaping", " "], categories: [], start: "2026-13-01",
                                      end: "", sitesChecked: "x", hazardsFound: "", hazardsFixed: "3")
        let error = #expect(throws: FieldInputError.self) { try draft.campaign() }
        #expect(error?.issues.map(\.column) == ["start", "end", "sites_checked"])
        var good = draft
        good.start = "2026-01-01"; good.end = "2026-02-01"; good.sitesChecked = ""
        let campaign = try? good.campaign()
        #expect(campaign?.towns == ["shaping"] && campaign?.targets.hazardsFixed == 3 && campaign?.targets.sitesChecked == 0)
    }

    @Test func aCampaignCodeIsAnAddressPartAndAPeriodHasBounds() {
        var campaign = Self.campaign(towns: [])
        campaign.code = "new"
        let catalog = try! GridEvents.bundledCategories()
        #expect(GridCampaignCheck.issues(campaign, knownTowns: [], categories: catalog).map(\.column) == ["code"])
        campaign.code = "a/b"
        #expect(GridCampaignCheck.issues(campaign, knownTowns: [], categories: catalog).map(\.column) == ["code"])
        campaign.code = "ok"
        campaign.end = PlanDate("2036-01-01")!
        #expect(GridCampaignCheck.issues(campaign, knownTowns: [], categories: catalog).map(\.column) == ["end"])
    }

    @Test func aTownBindsOnItsOwnGridsOnlyAndCannotTakeANeighboursWorker() {
        let own = GridWorkerFacts(accountRole: .gridWorker, gridTownCode: "shaping", currentTownCode: nil)
        var record = Self.worker
        record.gridCode = "shaping-01"
        #expect(GridWorkerBinding.issues(record, facts: own, actor: Self.town).isEmpty)
        // A grid of another town is as unknown to the town as one that does not exist.
        let foreign = GridWorkerFacts(accountRole: .gridWorker, gridTownCode: "gulao", currentTownCode: nil)
        let missing = GridWorkerFacts(accountRole: .gridWorker, gridTownCode: nil, currentTownCode: nil)
        #expect(GridWorkerBinding.issues(Self.worker, facts: foreign, actor: Self.town).map(\.reason)
                == GridWorkerBinding.issues(Self.worker, facts: missing, actor: Self.town).map(\.reason))
        #expect(GridWorkerBinding.issues(Self.worker, facts: foreign, actor: .admin).isEmpty)
        // Moving a worker away from another town's grid is that town's or an admin's to do.
        let theirs = GridWorkerFacts(accountRole: .gridWorker, gridTownCode: "shaping", currentTownCode: "gulao")
        #expect(GridWorkerBinding.issues(record, facts: theirs, actor: Self.town).map(\.column) == ["username"])
        #expect(GridWorkerBinding.issues(record, facts: theirs, actor: .admin).isEmpty)
        // Only grid worker accounts are bound, and an account that does not exist is none.
        let notWorker = GridWorkerFacts(accountRole: .town, gridTownCode: "shaping", currentTownCode: nil)
        #expect(GridWorkerBinding.issues(record, facts: notWorker, actor: .admin).map(\.column) == ["username"])
        let nobody = GridWorkerFacts(accountRole: nil, gridTownCode: "shaping", currentTownCode: nil)
        #expect(GridWorkerBinding.issues(record, facts: nobody, actor: .admin, row: 4).map(\.row) == [4])
        // Unbinding: a worker of the town's own grid, not of another's.
        #expect(GridWorkerBinding.unbindIssues(username: "gwk1", facts: GridWorkerFacts(accountRole: .gridWorker, gridTownCode: nil, currentTownCode: "shaping"), actor: Self.town).isEmpty)
        #expect(!GridWorkerBinding.unbindIssues(username: "gwk1", facts: GridWorkerFacts(accountRole: .gridWorker, gridTownCode: nil, currentTownCode: "gulao"), actor: Self.town).isEmpty)
        #expect(!GridWorkerBinding.unbindIssues(username: "gwk1", facts: GridWorkerFacts(accountRole: .gridWorker, gridTownCode: nil, currentTownCode: nil), actor: .admin).isEmpty)
        #expect(!Permissions(.department("gxj")).allows(.bindGridWorkers(townCode: "shaping")))
    }
}
