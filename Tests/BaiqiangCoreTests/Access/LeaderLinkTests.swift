import BaiqiangCore
import Testing

@Suite("Linked leaders: a form's choice, and which account an old typed name means")
struct LeaderLinkRuleTests {
    @Test("Empty is no leader, the keep marker keeps, anything else names an account")
    func choice() {
        #expect(LeaderChoice(field: nil) == .none)
        #expect(LeaderChoice(field: "  ") == .none)
        #expect(LeaderChoice(field: LeaderChoice.keepValue) == .keep)
        #expect(LeaderChoice(field: " li ") == .account(username: "li"))
    }

    @Test("A name links only when exactly one leader carries it, exactly")
    func nameMatch() {
        let leaders = [(id: 1, displayName: "李市长"), (id: 2, displayName: "王镇长"), (id: 3, displayName: "王镇长")]
        #expect(LeaderNameMatch.account(named: "李市长", among: leaders) == 1)
        #expect(LeaderNameMatch.account(named: "王镇长", among: leaders) == nil, "two namesakes: no guess")
        #expect(LeaderNameMatch.account(named: "李市长 ", among: leaders) == nil, "exact match only")
        #expect(LeaderNameMatch.account(named: nil, among: leaders) == nil)
        #expect(LeaderNameMatch.account(named: "", among: leaders) == nil)
    }
}
