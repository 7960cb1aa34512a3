import Testing
@testable import BaiqiangCore

@Suite("IPO pipeline board (上市梯队: 辅导备案 → 申报 → 上市)")
struct IPOBoardTests {
    @Test("Three columns in order, each with its firms; tickers only when listed")
    func columns() {
        let board = IPOBoard(firms: LadderFixtures.all)
        #expect(board.columns.map(\.stage) == [.tutoring, .applied, .listed])
        #expect(board.column(.tutoring).entries.map(\.creditCode) == ["L"])
        #expect(board.column(.applied).entries.map(\.creditCode) == ["M"])
        #expect(board.column(.listed).entries.map(\.creditCode) == ["H"])
        #expect(board.column(.listed).entries.first?.ticker == "DEMO1")
        #expect(board.column(.tutoring).entries.first?.ticker == nil)
        #expect(board.unstaged.isEmpty)
    }

    @Test("Firms named as on the way to listing without a stage are listed apart")
    func unstaged() {
        let named = LadderFirm(creditCode: "N", name: "点名企业", history: LadderHistory(), listing: .inPipeline)
        let board = IPOBoard(firms: [named])
        #expect(board.unstaged.map(\.name) == ["点名企业"])
        #expect(board.columns.allSatisfy { $0.entries.isEmpty })
    }

    @Test("Within a column the longest-standing come first")
    func order() {
        let early = LadderFirm(creditCode: "Z", name: "早", history: LadderHistory(), listing: .tutoring(since: 2021))
        let late = LadderFirm(creditCode: "A", name: "晚", history: LadderHistory(), listing: .tutoring(since: 2024))
        #expect(IPOBoard(firms: [late, early]).column(.tutoring).entries.map(\.name) == ["早", "晚"])
    }

    @Test("A status knows its stage, year and ticker")
    func status() {
        #expect(ListingStatus.listed(since: 2023, ticker: "DEMO9").ticker == "DEMO9")
        #expect(ListingStatus.applied(since: 2024).ticker == nil)
        #expect(ListingStatus.applied(since: 2024).since == 2024)
        #expect(ListingStatus.inPipeline.stage == nil)
        #expect(ListingStage.tutoring < .applied && ListingStage.applied < .listed)
    }
}
