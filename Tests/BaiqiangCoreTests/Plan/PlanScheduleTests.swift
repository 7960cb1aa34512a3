import Testing
@testable import BaiqiangCore

/// The time-elapsed schedule (序时进度) at and around its ends.
@Suite struct PlanScheduleTests {
    func share(_ now: String, from start: String = "2024-01-01", to deadline: String = "2024-04-10") -> Double {
        PlanSchedule.elapsedShare(from: PlanFixture.day(start), to: PlanFixture.day(deadline), at: PlanFixture.day(now))
    }

    @Test func clampedToTheWholePeriod() {
        #expect(share("2023-12-01") == 0)
        #expect(share("2024-01-01") == 0)
        #expect(share("2024-01-02") == 0.01)
        #expect(share("2024-02-20") == 0.5)
        #expect(share("2024-04-10") == 1)
        #expect(share("2025-01-01") == 1)
    }

    @Test func leapDaysCount() {
        // 2024-02-29 exists: 2024-03-01 is day 60 of the period.
        #expect(share("2024-03-01") == 0.6)
    }

    @Test func periodOfNoLengthIsAllOrNothing() {
        #expect(share("2024-01-01", from: "2024-01-01", to: "2024-01-01") == 1)
        #expect(share("2023-12-31", from: "2024-01-01", to: "2024-01-01") == 0)
    }

    @Test func plenaryToEndOf2025() {
        // Heshan's plan: 2022-12-20 → 2025-12-31 is 1107 days.
        #expect(PlanFixture.day("2022-12-20").days(until: PlanFixture.day("2025-12-31")) == 1107)
        #expect(share("2026-01-01", from: "2022-12-20", to: "2025-12-31") == 1)
    }
}

/// Calendar days as the rules count them.
@Suite struct PlanDateTests {
    @Test func parsesOnlyRealDaysInTheCanonicalForm() {
        #expect(PlanDate("2024-02-29") != nil)
        #expect(PlanDate("2023-02-29") == nil)
        #expect(PlanDate("2024-2-1") == nil)
        #expect(PlanDate("2024/02/01") == nil)
        #expect(PlanDate("2024-02-01T00:00:00Z") == nil)
        #expect(PlanDate("2024-02-01")?.description == "2024-02-01")
    }

    @Test func dayNumbersAreDaysSince1970() {
        #expect(PlanFixture.day("1970-01-01").dayNumber == 0)
        #expect(PlanFixture.day("2000-03-01").dayNumber == 11_017)
    }

    @Test func addingMonthsClampsToTheMonthsEnd() {
        #expect(PlanFixture.day("2024-02-29").adding(months: -24) == PlanFixture.day("2022-02-28"))
        #expect(PlanFixture.day("2024-03-31").adding(months: 3) == PlanFixture.day("2024-06-30"))
        #expect(PlanFixture.day("2024-11-15").adding(months: 2) == PlanFixture.day("2025-01-15"))
    }
}
