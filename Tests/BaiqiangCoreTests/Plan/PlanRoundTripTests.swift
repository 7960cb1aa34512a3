import Foundation
import Testing
@testable import BaiqiangCore

/// Export → import gives back the same plan, in YAML and in the KPI CSV.
@Suite struct PlanRoundTripTests {
    let now = PlanFixture.day("2026-11-26")

    var awkward: PlanDocument {
        var kpi = PlanFixture.kpi(code: "2022", baseline: 0.1, target: 1333.3, strict: true, observations: [
            KPIObservation(value: 458.51, date: PlanFixture.day("2024-10-18"), unit: "percent",
                           source: "a, \"quoted\"\nsecond line: yes", enteredBy: "~"),
            KPIObservation(value: -1e-7, date: PlanFixture.day("2024-10-19"), source: " leading space"),
        ])
        // A percentage, so the tiny negative figure is one the validator accepts.
        kpi.unit = "percent"
        kpi.name = BilingualText(zh: "true", en: "null")
        kpi.note = BilingualText(zh: "注：1.2万亩", en: "# not a comment")
        kpi.published = true
        kpi.weight = 2.5
        kpi.owner = "gxj"
        kpi.direction = .down
        kpi.target = KPITarget(value: 10, deadline: PlanFixture.day("2025-01-01"), strict: true)
        var computed = PlanFixture.kpi(code: "c", baseline: nil)
        computed.source = .computed
        computed.provider = "land.low_efficiency_disposed_ha"
        var indicator = PlanFixture.kpi(code: "gdp", observations: [PlanFixture.observation(1, "2023-01-01")])
        indicator.target = nil
        indicator.baseline = nil
        let milestone = PlanMilestone(code: "m", name: BilingualText(zh: "供地", en: "land"),
                                      planned: PlanFixture.day("2023-03-31"), actual: PlanFixture.day("2023-04-02"),
                                      owner: "gxj", source: "报告: 3月底前")
        var plan = PlanFixture.plan(kpis: [kpi, computed, indicator], milestones: [milestone])
        plan.adopted = PlanFixture.day("2022-12-20")
        plan.source = "seed"
        return plan
    }

    @Test func yamlRoundTripOfTheDefaultPlan() throws {
        let plan = try DefaultPlan.load(now: now)
        let exported = PlanYAML.write(plan)
        let imported = try PlanYAML.read(exported, now: now)
        #expect(imported == plan)
        #expect(PlanYAML.write(imported) == exported, "a second export is byte-identical")
    }

    @Test func yamlRoundTripOfAwkwardValues() throws {
        let exported = PlanYAML.write(awkward)
        #expect(try PlanYAML.read(exported, now: now) == awkward)
        #expect(exported.contains("zh: \"true\""), "a string that reads as a boolean is quoted")
        #expect(exported.contains("供地"), "Chinese is written as is, not escaped")
    }

    @Test func jsonRoundTripForTheAPI() throws {
        let plan = try DefaultPlan.load(now: now)
        let json = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(PlanDocument.self, from: json) == plan)
        #expect(try JSONDecoder().decode(PlanDocument.self, from: try JSONEncoder().encode(awkward)) == awkward)
    }

    @Test func numbersAreWrittenInTheirShortestForm() {
        #expect(PlanYAMLWriter.formatted(800) == "800")
        #expect(PlanYAMLWriter.formatted(1333.3) == "1333.3")
        #expect(PlanYAMLWriter.formatted(458.51) == "458.51")
        #expect(PlanYAMLWriter.formatted(-0.5) == "-0.5")
    }

    @Test func csvRoundTripOfTheDefaultPlan() throws {
        let plan = try DefaultPlan.load(now: now)
        let csv = PlanCSV.write(plan)
        #expect(try PlanCSV.read(csv, into: plan, now: now) == plan)
        // Into the same tree stripped of its KPIs, the CSV restores them all.
        var bare = plan
        for a in bare.areas.indices {
            for l in bare.areas[a].lines.indices {
                for i in bare.areas[a].lines[l].items.indices { bare.areas[a].lines[l].items[i].kpis = [] }
            }
        }
        let restored = try PlanCSV.read(csv, into: bare, now: now)
        #expect(restored == plan)
        #expect(PlanCSV.write(restored) == csv)
    }

    @Test func csvRoundTripOfAwkwardValues() throws {
        let csv = PlanCSV.write(awkward)
        #expect(try PlanCSV.read(csv, into: awkward, now: now) == awkward)
    }

    @Test func csvHeaderIsTheDocumentedOne() {
        let firstLine = PlanCSV.write(awkward).components(separatedBy: "\r\n").first
        #expect(firstLine == PlanCSV.header.joined(separator: ","))
        #expect(PlanCSV.header.first == "record")
    }

    @Test func csvAcceptsABOMAndColumnsInAnyOrder() throws {
        let csv = "\u{FEFF}kpi,record,item,unit,target_value,target_deadline,value,date,source_note\n"
            + "k,kpi,i,count,100,2025-01-01,,,\n"
            + "k,observation,,,,,5,2024-01-01,公报\n"
        let plan = try PlanCSV.read(csv, into: PlanFixture.plan(kpis: []), now: now)
        #expect(plan.kpi("k")?.target?.value == 100)
        #expect(plan.kpi("k")?.observations.map(\.value) == [5])
    }

    @Test func csvErrorsCarryTheirLine() throws {
        var lines = PlanCSV.write(awkward).components(separatedBy: "\r\n")
        // Line 1 is the header, line 2 the first KPI; break its target and its item.
        var cells = lines[1].components(separatedBy: ",")
        let target = PlanCSV.header.firstIndex(of: "target_value")!
        let item = PlanCSV.header.firstIndex(of: "item")!
        cells[target] = "lots"
        cells[item] = "nowhere"
        lines[1] = cells.joined(separator: ",")
        do {
            _ = try PlanCSV.read(lines.joined(separator: "\r\n"), into: awkward, now: now)
            Issue.record("accepted a broken CSV")
        } catch {
            #expect(Set(error.issues.map(\.kind)) == [.notANumber, .unknownItem])
            #expect(error.issues.allSatisfy { $0.line == 2 })
            #expect(error.issues.contains { $0.reason.en.contains("(column target_value) 'lots' is not a number") })
        }
    }

    @Test func csvValidationErrorsPointAtTheObservationRow() throws {
        func row(_ cells: [String: String]) -> String {
            PlanCSV.header.map { cells[$0] ?? "" }.joined(separator: ",")
        }
        let csv = [
            PlanCSV.header.joined(separator: ","),
            row(["record": "kpi", "item": "i", "kpi": "k", "unit": "ha", "target_value": "100",
                 "target_deadline": "2025-01-01"]),
            row(["record": "observation", "kpi": "k", "unit": "mu", "value": "5", "date": "2024-01-01",
                 "source_note": "公报"]),
            row(["record": "observation", "kpi": "k", "value": "6", "date": "2030-01-01", "source_note": "公报"]),
        ].joined(separator: "\n")
        do {
            _ = try PlanCSV.read(csv, into: PlanFixture.plan(kpis: []), now: now)
            Issue.record("accepted a broken CSV")
        } catch {
            #expect(error.issues.map(\.kind) == [.unitMismatch, .futureDate])
            #expect(error.issues.map(\.line) == [3, 4])
        }
    }
}
