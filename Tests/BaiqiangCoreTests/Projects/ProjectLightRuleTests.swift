import Testing
@testable import BaiqiangCore

private func day(_ text: String) -> PlanDate { PlanDate(text)! }

/// The bundled Yinchuan 2025 rule at each of its boundaries.
@Suite struct ProjectLightRuleTests {
    let rule: ProjectLightRule

    init() throws {
        rule = try ProjectLightRule.bundled()
    }

    @Test func theBundledRuleNamesItsSource() {
        #expect(rule.id == "yinchuan-2025")
        #expect(rule.source.contains("银川"))
    }

    @Test(arguments: [
        ("2023-03-31", ProjectLight.green),  // still the planned month
        ("2023-04-01", .yellow),             // the planned month missed
        ("2023-05-31", .yellow),             // two months late
        ("2023-06-01", .red),                // three months late
    ])
    func startLight(today: String, expected: ProjectLight) {
        #expect(rule.startLight(plannedStart: day("2023-03-15"), actualStart: nil, today: day(today)) == expected)
    }

    @Test func aStartedProjectsStartLightIsGreen() {
        #expect(rule.startLight(plannedStart: day("2023-03-15"), actualStart: day("2023-07-01"), today: day("2023-08-01")) == .green)
        // A start day still to come is not a start.
        #expect(rule.startLight(plannedStart: day("2023-03-15"), actualStart: day("2023-09-01"), today: day("2023-08-01")) == .red)
    }

    @Test(arguments: [
        (0.5, 0.5999, ProjectLight.green),  // 9.99 points behind
        (0.3, 0.4, .yellow),                // exactly 10 points behind (a hair over in binary)
        (0.5, 0.6, .yellow),                // exactly 10 points behind (a hair under in binary)
        (0.3, 0.6, .yellow),                // exactly 30 points behind
        (0.3, 0.6001, .red),                // just over 30
        (0.9, 0.5, .green),                 // ahead
    ])
    func progressLight(completed: Double, schedule: Double, expected: ProjectLight) {
        #expect(rule.progressLight(completedShare: completed, scheduleShare: schedule) == expected)
    }

    @Test(arguments: [
        ("2023-05-19", ProjectLight.green),
        ("2023-05-20", .yellow),  // one month after the start
        ("2023-06-19", .yellow),
        ("2023-06-20", .red),     // two months after the start
    ])
    func statisticsEntryLight(today: String, expected: ProjectLight) {
        #expect(rule.statisticsEntryLight(actualStart: day("2023-04-20"), enteredOn: nil, today: day(today)) == expected)
        #expect(rule.statisticsEntryLight(actualStart: day("2023-04-20"), enteredOn: day("2023-04-30"), today: day(today)) == .green)
    }

    @Test func theProjectIsAsRedAsItsWorstPart() {
        #expect(ProjectLight.worst([.green, .red, .yellow]) == .red)
        #expect(ProjectLight.worst([.green, .yellow]) == .yellow)
        #expect(ProjectLight.worst([]) == .green)
    }

    @Test func aRuleWithoutSourceOrWithRedBeforeYellowIsRefused() {
        let text = try! CoreResources.text(ProjectLightRule.bundledPath)
        // Each refusal points at the part of the file it is about.
        #expect {
            try ProjectLightRule.parse(yaml: text.replacingOccurrences(of: "source: 银川", with: "source: \"\"\n# 银川"))
        } throws: { error in
            guard let error = error as? ProjectLightRuleError else { return false }
            return error.reason == .missingSource && error.line != nil && error.column != nil
        }
        #expect {
            try ProjectLightRule.parse(yaml: text.replacingOccurrences(of: "red_months_late: 2", with: "red_months_late: 0"))
        } throws: { error in
            guard let error = error as? ProjectLightRuleError else { return false }
            return error.reason == .thresholdsOutOfOrder("statistics_entry") && error.line != nil
        }
    }
}
