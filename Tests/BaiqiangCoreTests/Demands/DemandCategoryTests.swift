import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Demand categories and time limits 诉求类别与时限")
struct DemandCategoryTests {
    let catalog = DemandTestSupport.categories

    @Test func theShippedCategoriesCarryTheDomainLimits() throws {
        #expect(catalog.categories.map(\.code)
            == ["sme", "12345-inquiry", "12345-help", "12345-suggestion", "12345-complaint", "12345-report"])
        let sme = try catalog.require("sme")
        #expect(sme.limits == [.response: .minutes(60), .solution: .hours(24), .closure: .calendarDays(7)])
        #expect(sme.name == BilingualText(zh: "企业诉求", en: "Enterprise demand"))
        let expected: [String: Int] = [
            "12345-inquiry": 2, "12345-help": 10, "12345-suggestion": 10, "12345-complaint": 15, "12345-report": 15,
        ]
        for (code, days) in expected {
            let category = try catalog.require(code)
            #expect(category.limits == [.closure: .workingDays(days)])
            // One 12345 limit: the answer and the solution are due when the case is.
            #expect(category.limit(for: .response) == .workingDays(days))
            #expect(category.limit(for: .solution) == .workingDays(days))
        }
        #expect(try catalog.require("12345-complaint").name.zh == "投诉")
    }

    @Test func anUnknownCodeIsRefused() {
        #expect(throws: DemandCategoryError(.unknownCategory("parking"))) { try catalog.require("parking") }
        let error = #expect(throws: DemandWorkflowError.self) {
            try DemandTestSupport.workflow.submit(
                DemandSubmission(categoryCode: "parking", enterpriseCode: DemandTestSupport.firmCode, description: "x"),
                by: DemandTestSupport.firm, at: DemandTestSupport.received)
        }
        #expect(error?.reason == .unknownCategory("parking"))
    }

    @Test("a faulty category file is refused with the line", arguments: [
        ("code: a b\n    limits:\n      closure: { amount: 1, unit: hours }", DemandCategoryError.Reason.invalidCode("a b")),
        ("code: x\n    limits:\n      closure: { amount: 2, unit: fortnights }", .unknownUnit("fortnights")),
        ("code: x\n    limits:\n      closure: { amount: 0, unit: hours }", .nonPositiveAmount(0)),
        ("code: x\n    limits:\n      reply: { amount: 1, unit: hours }", .unknownMilestone("reply")),
        ("code: x\n    limits:\n      response: { amount: 1, unit: hours }", .missingClosureLimit("x")),
        ("code: x", .missingField("limits")),
    ])
    func faultyFiles(entry: String, reason: DemandCategoryError.Reason) {
        let yaml = "categories:\n  - name: 测试\n    \(entry)\n"
        let error = #expect(throws: DemandCategoryError.self) { try DemandCategoryCatalog(yaml: yaml, fileName: "c.yaml") }
        #expect(error?.reason == reason)
        #expect(error?.line != nil)
        #expect(error?.message.zh.hasPrefix("c.yaml 第") == true)
    }

    @Test func aCodeUsedTwiceIsRefused() {
        let yaml = """
            categories:
              - { code: a, name: 甲, limits: { closure: { amount: 1, unit: working_days } } }
              - { code: a, name: 乙, limits: { closure: { amount: 2, unit: working_days } } }
            """
        let error = #expect(throws: DemandCategoryError.self) { try DemandCategoryCatalog(yaml: yaml) }
        #expect(error?.reason == .duplicateCode("a"))
        #expect(error?.line == 3)
    }

    @Test("limits in minutes and hours run on the clock, days end at 23:59:59", arguments: [
        // Received on the eve of National Day: the clock does not stop for the holiday.
        (TimeLimit.minutes(60), "2025-09-30T23:30:00+08:00", "2025-10-01T00:30:00+08:00"),
        (.hours(24), "2025-09-30T23:30:00+08:00", "2025-10-01T23:30:00+08:00"),
        (.calendarDays(7), "2025-09-30T23:30:00+08:00", "2025-10-07T23:59:59+08:00"),
        (.workingDays(2), "2025-09-30T23:30:00+08:00", "2025-10-10T23:59:59+08:00"),
        (.workingDays(10), "2026-02-09T09:00:00+08:00", "2026-02-28T23:59:59+08:00"),
    ])
    func deadlines(limit: TimeLimit, receipt: String, expected: String) {
        let due = limit.deadline(from: CalendarTestSupport.at(receipt), calendar: CalendarTestSupport.bundled)
        #expect(ShanghaiTime.iso8601(due) == expected)
    }

    @Test func limitsReadInBothLanguages() {
        #expect(TimeLimit.workingDays(10).label == BilingualText(zh: "10 个工作日", en: "10 working days"))
    }
}
