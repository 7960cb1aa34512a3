import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

@Suite("Demand KPIs are counted as of the day asked for")
struct DemandKPIAsOfTests {
    @Test("The overdue count of a past day leaves out what fell due after it")
    func overdueCountAsOf() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            // Monday 2 March 2026: an inquiry closes within two working days, by Wednesday night.
            app.clock.set(ShanghaiTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 10))
            _ = try await world.submit("firm", category: "12345-inquiry")
            app.clock.set(ShanghaiTime.instant(LocalDate(year: 2026, month: 6, day: 1)!, hour: 10))

            let kpi = KPI(code: "demand-overdue", name: BilingualText(zh: "逾期诉求", en: "Overdue demands"), unit: "件",
                          target: nil, source: .computed, provider: "demands.overdue_count")
            let provider = DemandKPIProvider(measure: .overdueCount, db: app.db, environment: app.appEnvironment)
            let raisedDay = try await provider.readings(for: kpi, asOf: PlanDate(year: 2026, month: 3, day: 2)!)
            let monthsOn = try await provider.readings(for: kpi, asOf: PlanDate(year: 2026, month: 5, day: 29)!)
            let dayBefore = try await provider.readings(for: kpi, asOf: PlanDate(year: 2026, month: 3, day: 1)!)

            #expect(raisedDay.observations.map(\.value) == [0])
            #expect(raisedDay.observations.map(\.date) == [PlanDate(year: 2026, month: 3, day: 2)!])
            #expect(monthsOn.observations.map(\.value) == [1])
            #expect(monthsOn.observations.map(\.date) == [PlanDate(year: 2026, month: 5, day: 29)!])
            #expect(dayBefore.observations.map(\.value) == [0], "a demand not yet raised is not counted")
        }
    }

    @Test("A monthly rate covers the twelve months up to the day asked for")
    func ratesAsOf() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            app.clock.set(ShanghaiTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 10))
            let number = try await world.submit("firm", category: "12345-inquiry")
            _ = try await world.act("centre", number, ["action": "accept"])
            app.clock.set(ShanghaiTime.instant(LocalDate(year: 2026, month: 6, day: 1)!, hour: 10))

            let kpi = KPI(code: "demand-response", name: BilingualText(zh: "响应率", en: "Response rate"), unit: "%",
                          target: nil, source: .computed, provider: "demands.response_rate")
            let provider = DemandKPIProvider(measure: .responseRate, db: app.db, environment: app.appEnvironment)
            let inMarch = try await provider.readings(for: kpi, asOf: PlanDate(year: 2026, month: 3, day: 20)!)
            let inFebruary = try await provider.readings(for: kpi, asOf: PlanDate(year: 2026, month: 2, day: 28)!)
            #expect(inMarch.observations.map(\.date) == [PlanDate(year: 2026, month: 3, day: 20)!])
            #expect(inFebruary.observations.isEmpty)
        }
    }
}
