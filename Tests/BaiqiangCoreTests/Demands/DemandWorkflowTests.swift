import Foundation
import Testing
@testable import BaiqiangCore

/// What each step changes, and the refusals that are not about roles or states.
@Suite("Demand workflow 诉求办理")
struct DemandWorkflowTests {
    typealias Support = DemandTestSupport
    let workflow = DemandTestSupport.workflow

    @Test func submittingStartsTheClocksFromReceipt() {
        let demand = Support.submitted(category: "sme")
        #expect(demand.status == .submitted)
        #expect(ShanghaiTime.iso8601(demand.deadlines.response) == "2025-09-26T10:00:00+08:00")
        #expect(ShanghaiTime.iso8601(demand.deadlines.solution) == "2025-09-27T09:00:00+08:00")
        #expect(ShanghaiTime.iso8601(demand.deadlines.closure) == "2025-10-03T23:59:59+08:00")
        let complaint = Support.submitted(category: "12345-complaint")
        #expect(ShanghaiTime.iso8601(complaint.deadlines.closure) == "2025-10-23T23:59:59+08:00")
    }

    @Test("the description is checked", arguments: [
        ("", DemandWorkflowError.Reason.emptyDescription),
        ("  \n ", .emptyDescription),
        (String(repeating: "长", count: 4_001), .descriptionTooLong(limit: 4_000)),
    ])
    func description(text: String, reason: DemandWorkflowError.Reason) {
        let error = #expect(throws: DemandWorkflowError.self) {
            try workflow.submit(DemandSubmission(categoryCode: "sme", enterpriseCode: Support.firmCode, description: text),
                                by: Support.firm, at: Support.received)
        }
        #expect(error?.reason == reason)
    }

    @Test func markupIsKeptAsText() throws {
        // Stored as written; pages escape it.
        let demand = try workflow.submit(
            DemandSubmission(categoryCode: "sme", enterpriseCode: Support.firmCode,
                             description: String(repeating: "长", count: 3_990) + "<script>"),
            by: Support.firm, at: Support.received)
        #expect(demand.status == .submitted)
    }

    @Test("actions that need a written reason", arguments: [
        (DemandStatus.assigned, DemandAction.returnToCentre(reason: " ")),
        (.assigned, .respond(answer: "")),
        (.responded, .resolve(summary: "\n")),
        (.responded, .proposeSolution("")),
        (.unsatisfied, .closeUnsatisfied(reason: "")),
    ])
    func textRequired(status: DemandStatus, action: DemandAction) {
        let demand = Support.demand(in: status)
        let actor = Support.performer(of: action.kind)
        #expect(throws: DemandWorkflowError(.textRequired(action.kind))) {
            try workflow.apply(action, by: actor, at: Support.step(20), to: demand)
        }
    }

    @Test func overlongTextIsRefused() {
        let long = String(repeating: "x", count: TextFieldKind.note.maximumLength + 1)
        #expect(throws: DemandWorkflowError(.textTooLong(limit: 2_000))) {
            try workflow.apply(.urge(note: long), by: .leader, at: Support.step(20), to: Support.demand(in: .assigned))
        }
        let exactly = String(repeating: "长", count: TextFieldKind.note.maximumLength)
        #expect(throws: Never.self) {
            try workflow.apply(.urge(note: exactly), by: .leader, at: Support.step(20), to: Support.demand(in: .assigned))
        }
    }

    @Test func anAnswerMayBeAsLongAsADemandButNoLonger() {
        let demand = Support.demand(in: .assigned)
        let actor = Support.performer(of: .respond)
        #expect(throws: Never.self) {
            try workflow.apply(.respond(answer: String(repeating: "答", count: 4_000)), by: actor, at: Support.step(20), to: demand)
        }
        #expect(throws: DemandWorkflowError(.textTooLong(limit: 4_000))) {
            try workflow.apply(.respond(answer: String(repeating: "答", count: 4_001)), by: actor, at: Support.step(20), to: demand)
        }
    }

    @Test func combiningMarksCountTowardsTheLength() {
        // One visible letter followed by thousands of combining accents is one Character, but
        // thousands of scalars: the limit counts scalars.
        let heavy = "a" + String(repeating: "\u{0301}", count: 4_000)
        #expect(heavy.count == 1)
        #expect(throws: DemandWorkflowError(.textTooLong(limit: 2_000))) {
            try workflow.apply(.urge(note: heavy), by: .leader, at: Support.step(20), to: Support.demand(in: .assigned))
        }
    }

    @Test func anEnterpriseNamingAnotherFirmHearsTheSameAsForAnUnknownCode() {
        let firm = DemandActor.enterprise("91440784MA4UJ7LB2X")
        for code in ["91440784000000001X", "NOT-A-CODE"] {
            #expect(throws: DemandWorkflowError(.notOwnDemand)) {
                try DemandSubmission.checkSubmitter(firm, enterpriseCode: code)
            }
        }
        #expect(throws: Never.self) { try DemandSubmission.checkSubmitter(firm, enterpriseCode: "91440784MA4UJ7LB2X") }
    }

    @Test func aReturnGoesBackToTheCentreWithItsReason() throws {
        let returned = Support.demand(in: .returned)
        #expect(returned.handler == nil)
        #expect(returned.returnCount == 1)
        #expect(returned.lastReturnReason == "不属于本部门职责")
        let reassigned = try workflow.apply(.assign(.department("zrzyj")), by: Support.centre, at: Support.step(9), to: returned)
        #expect(reassigned.status == .assigned && reassigned.handler == .department("zrzyj"))
        // The clock kept running: routing again does not buy time.
        #expect(reassigned.deadlines == returned.deadlines)
        #expect(throws: DemandWorkflowError(.missingHandlingUnitCode)) {
            try workflow.apply(.assign(.department(" ")), by: Support.centre, at: Support.step(9), to: returned)
        }
    }

    @Test func redoingRestartsTheClosureClockAndKeepsTheFirstAnswer() throws {
        let unsatisfied = Support.demand(in: .unsatisfied)
        let redoAt = CalendarTestSupport.at("2025-10-09T10:00:00+08:00")
        let redone = try workflow.apply(.redo(reason: "企业仍未通电"), by: Support.centre, at: redoAt, to: unsatisfied)
        #expect(redone.status == .assigned)
        #expect(redone.handler == .department("gxj"))
        #expect(redone.redoCount == 1)
        #expect(redone.respondedAt == unsatisfied.respondedAt)
        #expect(redone.resolvedAt == nil && redone.satisfaction == nil)
        #expect(redone.deadlines.response == unsatisfied.deadlines.response)
        // 12345 help request: 10 working days from Thursday 2025-10-09, Saturday 10-11 worked.
        #expect(ShanghaiTime.iso8601(redone.deadlines.closure) == "2025-10-22T23:59:59+08:00")
        let closed = try workflow.apply(.closeUnsatisfied(reason: "超出政策范围"), by: Support.centre, at: redoAt, to: unsatisfied)
        #expect(closed.status == .closed && closed.satisfaction == .unsatisfied)
    }

    @Test func anApprovedExtensionMovesTheClosureDeadline() throws {
        let assigned = Support.demand(in: .assigned)
        let until = CalendarTestSupport.at("2025-10-31T23:59:59+08:00")
        let asked = try workflow.apply(.requestExtension(until: until, reason: "需省厅批复"), by: Support.bureau,
                                       at: Support.step(5), to: assigned)
        #expect(asked.pendingExtension?.until == until)
        #expect(throws: DemandWorkflowError(.extensionAlreadyPending)) {
            try workflow.apply(.requestExtension(until: until, reason: "再次"), by: Support.bureau, at: Support.step(6), to: asked)
        }
        let approved = try workflow.apply(.approveExtension, by: Support.centre, at: Support.step(6), to: asked)
        #expect(approved.deadlines.closure == until)
        #expect(approved.extensionsGranted == 1 && approved.pendingExtension == nil)

        let refused = try workflow.apply(.refuseExtension(reason: "时限内可办结"), by: Support.centre, at: Support.step(6), to: asked)
        #expect(refused.deadlines.closure == assigned.deadlines.closure && refused.pendingExtension == nil)
    }

    @Test func extensionMistakes() {
        let assigned = Support.demand(in: .assigned)
        #expect(throws: DemandWorkflowError(.noExtensionPending)) {
            try workflow.apply(.approveExtension, by: Support.centre, at: Support.step(5), to: assigned)
        }
        #expect(throws: DemandWorkflowError(.noExtensionPending)) {
            try workflow.apply(.refuseExtension(reason: "否"), by: Support.centre, at: Support.step(5), to: assigned)
        }
        #expect(throws: DemandWorkflowError(.extensionNotLater)) {
            try workflow.apply(.requestExtension(until: assigned.deadlines.closure, reason: "再等等"),
                               by: Support.bureau, at: Support.step(5), to: assigned)
        }
    }

    @Test func urgingCountsAndEscalationNeedsAnOverdueDemand() throws {
        let assigned = Support.demand(in: .assigned)
        let urged = try workflow.apply(.urge(), by: .leader, at: Support.step(5), to: assigned)
        #expect(urged.urgeCount == 1 && urged.lastUrgedAt == Support.step(5))

        #expect(throws: DemandWorkflowError(.notOverdue)) {
            try workflow.apply(.escalate(toLeader: "leader-zhang"), by: Support.centre, at: Support.step(5), to: assigned)
        }
        let late = CalendarTestSupport.at("2025-10-17T09:00:00+08:00") // closure was due 10-16
        #expect(throws: DemandWorkflowError(.leaderRequired)) {
            try workflow.apply(.escalate(toLeader: ""), by: Support.centre, at: late, to: assigned)
        }
        let escalated = try workflow.apply(.escalate(toLeader: "leader-zhang"), by: Support.centre, at: late, to: assigned)
        #expect(escalated.escalatedTo == "leader-zhang" && escalated.escalatedAt == late)
    }

    @Test func theWholeWayRoundOnTheSMEPlatform() throws {
        var demand = Support.submitted(category: "sme")
        let steps: [(DemandAction, DemandActor, String)] = [
            (.accept, Support.centre, "2025-09-26T09:10:00+08:00"),
            (.assign(.department("gxj")), Support.centre, "2025-09-26T09:20:00+08:00"),
            (.respond(answer: "已联系"), Support.bureau, "2025-09-26T09:50:00+08:00"),
            (.proposeSolution("协调排期"), Support.bureau, "2025-09-26T15:00:00+08:00"),
            (.resolve(summary: "已解决"), Support.bureau, "2025-09-29T11:00:00+08:00"),
            (.returnVisit(.basicallySatisfied, note: "基本满意"), Support.centre, "2025-09-30T10:00:00+08:00"),
        ]
        for (action, actor, time) in steps {
            demand = try workflow.apply(action, by: actor, at: CalendarTestSupport.at(time), to: demand)
        }
        #expect(demand.status == .closed)
        let record = demand.record
        #expect(DemandMilestone.allCases.allSatisfy { !record.wasLate($0) })
        let rates = ThreeRates([record], asOf: CalendarTestSupport.at("2025-10-01T00:00:00+08:00"))
        #expect(rates.response == DemandRate(1, of: 1))
        #expect(rates.resolution == DemandRate(1, of: 1))
        #expect(rates.satisfaction == DemandRate(1, of: 1))
    }

    @Test func errorsReadInBothLanguages() {
        let illegal = DemandWorkflowError(.illegalTransition(.resolve, .submitted))
        #expect(illegal.message.zh == "诉求处于“待签收”状态，不能办结")
        #expect(illegal.message.en == "“Resolve” is not possible while the demand is “Submitted”")
        let error = DemandWorkflowError(.roleNotAllowed(.returnVisit, .enterprise))
        #expect(error.message.zh == "企业不能回访；只有诉求中心（或管理员）可以")
        #expect(error.message.en == "The role “Enterprise” cannot “Return visit”; only the demand centre (or an admin) can")
        #expect(error.description.contains(" / "))
    }
}

@Suite("Duplicate demands 重复诉求")
struct DemandDuplicateTests {
    @Test func anOpenDemandOfTheSameFirmAndCategoryIsPointedOut() {
        let open = DemandTestSupport.demand(in: .assigned)
        let closed = DemandTestSupport.demand(in: .closed)
        let again = DemandSubmission(categoryCode: "12345-help", enterpriseCode: DemandTestSupport.firmCode,
                                     description: "还是没通电")
        #expect(again.duplicates(among: [open, closed]) == [open])
        var otherCategory = again
        otherCategory.categoryCode = "sme"
        #expect(otherCategory.duplicates(among: [open, closed]).isEmpty)
        var otherFirm = again
        otherFirm.enterpriseCode = "91440784MA4UZZZZ9Y"
        #expect(otherFirm.duplicates(among: [open]).isEmpty)
        #expect(open.status.open311Status == "open" && closed.status.open311Status == "closed")
    }
}
