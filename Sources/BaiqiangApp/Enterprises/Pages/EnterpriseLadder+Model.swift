import BaiqiangCore

/// The cultivation ladder (培育梯队): which firms crossed 个转企 / 小升规 / 规改股 / 股上市 in a
/// year, the candidates for the next, and the IPO pipeline board (辅导备案 → 申报 → 上市).
enum EnterpriseLadderPage {
    struct Model {
        var year: Int
        var crossings: [LadderCrossing]
        /// Each crossing firm's revenue in `year`; a firm that did not report it is absent, and
        /// its row shows "—", never 0.
        var revenueInYear: [String: Double]
        var candidates: [LadderCandidate]
        var board: IPOBoard
    }
}
