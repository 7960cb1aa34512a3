import Testing
@testable import BaiqiangCore

/// Heshan's plan cites every figure as a reader checks it, with no developer's note in what users
/// see, and carries the published figures that have a source.
@Suite struct DefaultPlanCitationTests {
    let plan = try! DefaultPlan.load(now: PlanDate("2026-12-01")!)

    @Test("Every figure of the default plan is a citation with a publisher")
    func everyFigureIsCited() {
        for kpi in plan.allKPIs {
            for observation in kpi.observations {
                #expect(observation.citation?.publisher.isEmpty == false, "\(kpi.code) \(observation.date)")
            }
        }
    }

    @Test("No developer's note reaches a user-visible field")
    func noDeveloperNotes() {
        var shown: [String] = plan.allKPIs.flatMap { kpi in
            kpi.observations.map(\.source) + [kpi.baseline?.source, kpi.note?.zh, kpi.note?.en].compactMap { $0 }
        }
        shown += plan.allItems.flatMap(\.milestones).compactMap(\.source)
        for text in shown {
            for note in ["（seed）", "seed）", "DOMAIN.md", "post_2805534", "§"] {
                #expect(!text.contains(note), "\(text)")
            }
        }
    }

    @Test("The published figures with their sources: 规上工业总产值 2024, land dealt with to October 2024, 2023 investment growth",
          arguments: [
              ("industrial-output-above-scale", 1000.0, "2024-12-31", "鹤山市人民政府", true),
              ("low-efficiency-land-disposed", 800.0, "2024-10-18", "江门日报", false),
              ("fixed-asset-investment-growth", 4.6, "2023-12-31", "鹤山市统计局", true),
              ("industrial-investment-growth", 22.4, "2023-12-31", "鹤山市统计局", true),
          ])
    func realFigures(_ code: String, _ value: Double, _ date: String, _ publisher: String, _ fromCopy: Bool) throws {
        let kpi = try #require(plan.kpi(code))
        let figure = try #require(kpi.observations.first { $0.date == PlanDate(date)! })
        #expect(figure.value == value)
        #expect(figure.citation?.publisher == publisher)
        #expect(figure.citation?.readFromCopy == fromCopy)
        #expect(figure.source.contains(publisher))
        if fromCopy { #expect(figure.source.contains("据转载件")) }
    }

    @Test("An older file's string source still reads; a citation survives the plan file and the CSV")
    func citationRoundTrip() throws {
        let now = PlanDate("2026-12-01")!
        #expect(try PlanYAML.read(PlanYAML.write(plan), now: now) == plan)
        let csv = try PlanCSV.read(PlanCSV.write(plan), into: plan, now: now)
        #expect(csv.kpi("gdp")?.observations == plan.kpi("gdp")?.observations)
        var old = PlanFixture.kpi(code: "k")
        old.observations = [PlanFixture.observation(5, "2024-12-31", source: "统计公报2024")]
        let read = try PlanYAML.read(PlanYAML.write(PlanFixture.plan(kpis: [old])), now: now)
        #expect(read.kpi("k")?.observations.first?.source == "统计公报2024")
    }
}
