import BaiqiangCore
import Foundation
import Testing

@Suite struct SecondFactorPolicyTests {
    let start = Date(timeIntervalSince1970: 1_782_784_800)
    let policy = SecondFactorPolicy(isOn: true, grace: 7 * 24 * 3600)

    @Test func administratorsAndLeadersAreAskedOthersNot() {
        #expect(Role.allCases.filter(SecondFactorPolicy.requires) == [.admin, .securityOfficer, .auditor, .leader, .prefecture])
    }

    @Test func graceIncludesItsLastSecond() {
        let end = start.addingTimeInterval(policy.grace)
        #expect(policy.standing(role: .leader, enrolled: false, graceStartedAt: start, resetSinceEnrolled: false, now: end)
                == .grace(endsAt: end))
        #expect(policy.standing(role: .leader, enrolled: false, graceStartedAt: start, resetSinceEnrolled: false,
                                now: end.addingTimeInterval(1)) == .mustEnrol)
    }

    @Test func aFirstSignInStartsTheGrace() {
        #expect(policy.startsGrace(role: .admin, enrolled: false, graceStartedAt: nil))
        #expect(!policy.startsGrace(role: .admin, enrolled: false, graceStartedAt: start))
        #expect(!policy.startsGrace(role: .town, enrolled: false, graceStartedAt: nil))
        #expect(policy.standing(role: .admin, enrolled: false, graceStartedAt: nil, resetSinceEnrolled: false, now: start)
                == .grace(endsAt: start.addingTimeInterval(policy.grace)))
    }

    @Test func aResetGivesNoNewGrace() {
        #expect(policy.standing(role: .admin, enrolled: false, graceStartedAt: start, resetSinceEnrolled: true,
                                now: start.addingTimeInterval(60)) == .mustEnrol)
    }

    @Test func enrolledOrOffOrOtherRolesAreFree() {
        let late = start.addingTimeInterval(30 * 24 * 3600)
        #expect(policy.standing(role: .admin, enrolled: true, graceStartedAt: start, resetSinceEnrolled: false, now: late) == .free)
        #expect(policy.standing(role: .enterprise, enrolled: false, graceStartedAt: start, resetSinceEnrolled: false, now: late) == .free)
        #expect(SecondFactorPolicy(isOn: false).standing(role: .admin, enrolled: false, graceStartedAt: start,
                                                        resetSinceEnrolled: false, now: late) == .free)
    }
}
