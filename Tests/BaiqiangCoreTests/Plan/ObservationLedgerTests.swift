import Testing
@testable import BaiqiangCore

/// One current figure per KPI and date; corrections and withdrawals need a reason and keep the
/// history; a new figure waits for review; values stay within the KPI's range.
@Suite struct ObservationLedgerTests {
    let now = PlanFixture.day("2025-06-30")

    func kpi(unit: String = "yi_yuan", range: KPIRange? = nil) -> KPI {
        var kpi = PlanFixture.kpi(code: "k", baseline: 0, target: 10, from: "2024-01-01", deadline: "2025-12-31")
        kpi.unit = unit
        kpi.range = range
        return kpi
    }

    func issues(_ kpi: KPI) -> [PlanIssue] { PlanValidator(now: now).issues(in: PlanFixture.plan(kpis: [kpi])) }

    @Test("The same date twice is refused without a reason, a correction with one, keeping the first")
    func sameDateTwice() throws {
        var k = kpi()
        try ObservationLedger.record(PlanFixture.observation(5, "2024-12-31"), in: &k, correction: nil)
        #expect(k.observations.first?.published == false, "a new figure waits for review")
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.record(PlanFixture.observation(6, "2024-12-31"), in: &k, correction: nil) }
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.record(PlanFixture.observation(6, "2024-12-31"), in: &k, correction: "  ") }
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.record(PlanFixture.observation(6, "2024-11-30"), in: &k, correction: "笔误") }
        let replaced = try ObservationLedger.record(PlanFixture.observation(6, "2024-12-31"), in: &k, correction: "笔误")
        #expect(replaced?.value == 5)
        #expect(k.observations.map(\.status) == [.corrected, .current])
        #expect(k.currentObservations.map(\.value) == [6])
        #expect(issues(k).isEmpty)
        let judged = KPIEvaluation.evaluate(k, data: k.ownData, now: now)
        #expect(judged.latest?.value == 6)
    }

    @Test("Withdrawal needs a reason and a current figure; publication releases the figure once")
    func withdrawAndPublish() throws {
        var k = kpi()
        try ObservationLedger.record(PlanFixture.observation(5, "2024-12-31"), in: &k, correction: nil)
        let day = PlanFixture.day("2024-12-31")
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.withdraw(on: day, reason: " ", in: &k) }
        try ObservationLedger.publish(on: day, in: &k)
        #expect(k.observations[0].published)
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.publish(on: day, in: &k) }
        try ObservationLedger.withdraw(on: day, reason: "口径有误", in: &k)
        #expect(k.currentObservations.isEmpty)
        #expect(k.observations[0].reason == "口径有误")
        #expect(throws: ObservationLedger.Refusal.self) { try ObservationLedger.withdraw(on: day, reason: "再撤", in: &k) }
        #expect(KPIEvaluation.evaluate(k, data: k.ownData, now: now).state == .noData)
    }

    @Test("The public copy keeps only current, published figures")
    func publicCopy() throws {
        var k = kpi()
        try ObservationLedger.record(PlanFixture.observation(5, "2024-06-30"), in: &k, correction: nil)
        try ObservationLedger.publish(on: PlanFixture.day("2024-06-30"), in: &k)
        try ObservationLedger.record(PlanFixture.observation(7, "2024-12-31"), in: &k, correction: nil)
        let copy = PlanFixture.plan(kpis: [k]).reviewedFiguresOnly
        #expect(copy.kpi("k")?.observations.map(\.value) == [5])
    }

    @Test("A file with two current figures for a date, or a correction without a reason, is refused")
    func validatorHistory() {
        var k = kpi()
        k.observations = [PlanFixture.observation(5, "2024-12-31"), PlanFixture.observation(6, "2024-12-31")]
        #expect(issues(k).contains { $0.reason.en.contains("one per date") })
        k.observations[0].status = .corrected
        #expect(issues(k).contains { $0.path.hasSuffix(".reason") })
        k.observations[0].reason = "笔误"
        #expect(issues(k).isEmpty)
    }

    @Test("Range edges: no negative amount; percentages within −100…1000; a declared range holds", arguments: [
        ("yi_yuan", nil, 0.0, true), ("yi_yuan", nil, -0.01, false),
        ("percent", nil, -100.0, true), ("percent", nil, -100.01, false), ("percent", nil, 1000.0, true), ("percent", nil, 1000.01, false),
        ("yi_yuan", KPIRange(min: 1, max: 5), 5.0, true), ("yi_yuan", KPIRange(min: 1, max: 5), 5.01, false),
        ("yi_yuan", KPIRange(min: 1, max: 5), 0.99, false), ("count", KPIRange(max: 3), -1.0, false),
    ] as [(String, KPIRange?, Double, Bool)])
    func ranges(_ unit: String, _ range: KPIRange?, _ value: Double, _ accepted: Bool) {
        var k = kpi(unit: unit, range: range)
        k.observations = [PlanFixture.observation(value, "2024-12-31")]
        #expect(issues(k).isEmpty == accepted, "\(unit) \(String(describing: range)) \(value)")
    }

    @Test("A declared range survives the plan file and the CSV")
    func rangeRoundTrip() throws {
        let plan = PlanFixture.plan(kpis: [kpi(range: KPIRange(min: 1, max: 5))])
        #expect(try PlanYAML.read(PlanYAML.write(plan), now: now).kpi("k")?.range == KPIRange(min: 1, max: 5))
        #expect(try PlanCSV.read(PlanCSV.write(plan), into: plan, now: now).kpi("k")?.range == KPIRange(min: 1, max: 5))
    }
}
