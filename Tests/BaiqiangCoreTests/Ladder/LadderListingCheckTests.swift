import Testing
@testable import BaiqiangCore

@Suite("Ladder rung and listing stage agree (梯队与上市进程)")
struct LadderListingCheckTests {
    @Test("上市公司 without the listing stage 上市, a listed firm without a ticker or on a lower rung: refused")
    func contradictions() {
        #expect(LadderListingCheck.problem(ladder: .listed, listing: nil, ticker: nil) != nil)
        #expect(LadderListingCheck.problem(ladder: .listed, listing: .applied, ticker: nil) != nil)
        #expect(LadderListingCheck.problem(ladder: .listed, listing: .listed, ticker: " ") != nil)
        #expect(LadderListingCheck.problem(ladder: .jointStock, listing: .listed, ticker: "301468") != nil)
    }

    @Test("Consistent pairs pass, including a firm still on the way to listing")
    func consistent() {
        #expect(LadderListingCheck.problem(ladder: .listed, listing: .listed, ticker: "301468") == nil)
        #expect(LadderListingCheck.problem(ladder: .jointStock, listing: .tutoring, ticker: nil) == nil)
        #expect(LadderListingCheck.problem(ladder: nil, listing: .listed, ticker: "301468") == nil)
        #expect(LadderListingCheck.problem(ladder: .aboveScale, listing: nil, ticker: nil) == nil)
    }
}
