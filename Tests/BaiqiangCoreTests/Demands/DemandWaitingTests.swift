import Foundation
import Testing
@testable import BaiqiangCore

/// The navigation's count: which demands wait for which account.
@Suite("Demands waiting for an account 待办诉求")
struct DemandWaitingTests {
    typealias Support = DemandTestSupport

    /// The statuses in which a demand (handled by 工信局, raised by the test firm) waits for `actor`.
    func waiting(for actor: DemandActor) -> Set<DemandStatus> {
        let waiting = DemandWaiting(for: actor)
        return Set(DemandStatus.allCases.filter { waiting.includes(Support.demand(in: $0)) })
    }

    @Test func theCentreHasTheNewTheReturnedAndTheVisitsToMake() {
        #expect(waiting(for: Support.centre) == [.submitted, .accepted, .returned, .resolved, .unsatisfied])
        #expect(waiting(for: .admin) == [.submitted, .accepted, .returned, .resolved, .unsatisfied])
    }

    @Test func theHandlingUnitHasWhatIsAssignedToItUntilResolved() {
        #expect(waiting(for: Support.bureau) == [.assigned, .responded])
        #expect(waiting(for: Support.otherBureau).isEmpty)
        // A town of the same code as the bureau is another unit.
        #expect(waiting(for: .town("gxj")).isEmpty)
    }

    @Test func theEnterpriseHasItsResolvedDemandsAwaitingItsVerdict() {
        #expect(waiting(for: Support.firm) == [.resolved])
        #expect(waiting(for: Support.otherFirm).isEmpty)
    }

    @Test func nothingWaitsForALeaderOrTheOtherAdministrators() {
        #expect(DemandWaiting(for: .leader).isEmpty)
        #expect(DemandWaiting(for: .auditor).isEmpty)
        #expect(DemandWaiting(for: .securityOfficer).isEmpty)
    }

    /// Whoever a demand waits for can move it on: the count never shows work the workflow refuses.
    @Test func whoeverItWaitsForCanMoveItOn() {
        for status in DemandStatus.allCases {
            let moves = DemandTransitionRule.all.filter { $0.from.contains(status) && !$0.to.isEmpty }
            for party in status.awaitedParties where party != .submitter {
                #expect(moves.contains { $0.performers.contains(party) }, "\(status) waits for \(party)")
            }
        }
    }
}
