import Foundation
import Testing
@testable import BaiqiangCore

/// The demo's generated parcels are valid shapes inside the county, held by the town's firms,
/// the same for the same seed, and give every rule something to find.
@Suite("Demo parcels 演示宗地")
struct DemoParcelsTests {
    static let today = LocalDate(iso: "2026-12-01")!
    static let towns = ["shaping", "gonghe", "zhaiwu"]
    static let holders = ["shaping": ["A", "B"], "gonghe": ["C"]]

    static func generate(seed: UInt64 = 7) -> [ParcelRecord] {
        DemoParcels.generate(towns: towns, holders: holders, count: 600, today: today, seed: seed)
    }

    @Test("Shapes pass the import's checks and lie inside Heshan's extent")
    func validAndInside() {
        for record in Self.generate() {
            #expect(GeometryValidation.problems(of: record.geometry, countyExtent: DemoParcels.heshanExtent).isEmpty, "\(record.number)")
        }
    }

    @Test("Holders are the firms of the parcel's own town; numbers are unique; the same seed gives the same parcels")
    func holdersAndDeterminism() {
        let records = Self.generate()
        #expect(Set(records.map(\.number)).count == records.count)
        for record in records {
            if let holder = record.holderCreditCode {
                #expect(Self.holders[record.townCode ?? ""]?.contains(holder) == true)
            }
        }
        #expect(records.filter { $0.townCode == "zhaiwu" }.allSatisfy { $0.holderCreditCode == nil })
        #expect(Self.generate() == records)
        #expect(Self.generate(seed: 8) != records)
    }

    @Test("Every shipped rule but the holder's class finds some parcels (the class needs an evaluation)")
    func rulesFire() throws {
        let rules = try LowEfficiencyRules.bundled()
        var fired = Set<String>()
        for record in Self.generate() {
            let facts = record.facts(holderClass: nil, holderTaxPerMuWan: nil)
            for finding in LowEfficiencyEvaluator.findings(facts, rules: rules, on: Self.today) { fired.insert(finding.ruleID) }
        }
        let expected = Set(rules.filter {
            switch $0.test { case .holderClassD, .taxPerMuBelow: false; default: true }
        }.map(\.id))
        #expect(expected.isSubset(of: fired), "\(expected.subtracting(fired))")
    }
}
