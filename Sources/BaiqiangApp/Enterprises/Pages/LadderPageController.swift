import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The cultivation ladder (培育梯队): which firms crossed 个转企 / 小升规 / 规改股 / 股上市 in a
/// year, the candidates for the next, and the IPO pipeline board (辅导备案 → 申报 → 上市).
struct LadderPageController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseLadder.components, use: page)
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let ui = EnterpriseUI(request: request)
        let latest = try await EnterpriseStore(db: request.db, principal: principal).latestFiguresYear()
        let year = (try? request.query.get(Int.self, at: "year")) ?? latest ?? ShanghaiTime.day(of: request.appEnvironment.now).year
        let firms = try await EnterpriseStore(db: request.db, principal: principal).ladderFirms(years: (year - 1)...year)
        let ladder = CultivationLadder()
        let crossings = ladder.crossings(in: year, among: firms)
        let candidates = ladder.candidates(after: year, among: firms)
        let board = IPOBoard(firms: firms)
        let firmLink = { (code: String, name: String) -> Node in
            .a(.href(SiteURL.enterprise(creditCode: code).path), .text(name))
        }
        let crossingsTable = Self.crossingsTable(crossings, firms: firms, year: year, ui: ui, firmLink: firmLink)
        return Layout.page(request, title: request.t("enterprises.ladder"), active: .enterprises,
            .p(.a(.href(SiteURL.enterprises.path), .text("← " + request.t("nav.enterprises")))),
            .h1(.text(request.t("ladder.title", ["year": String(year)]))),
            .form(.method(.get), .action(SiteURL.enterpriseLadder.path), .class("filters"),
                  .label(.text(request.t("enterprises.year")), .input(.type(.number), .name("year"), .value(String(year)))),
                  .button(.type(.submit), .text(request.t("common.filter")))),
            .div(.class("light-summary"), .forEach(LadderStep.allCases) { step in
                .div(.class("light-count"), .span(.class("count"), .text(String(crossings.filter { $0.step == step }.count))),
                     .span(.text(ui.text(step.name))))
            }),
            .h2(.text(request.t("ladder.crossed", ["year": String(year)]))),
            .if(crossings.isEmpty, .p(.class("muted"), .text(request.t("common.no_rows")))),
            .if(!crossings.isEmpty, crossingsTable),
            .h2(.text(request.t("ladder.candidates", ["year": String(year + 1)]))),
            .p(.class("muted"), .text(request.t("ladder.candidates_rule"))),
            .if(candidates.isEmpty, .p(.class("muted"), .text(request.t("common.no_rows")))),
            .if(!candidates.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("ladder.step"))), .th(.text(request.t("enterprises.name"))),
                           .th(.text(request.t("enterprises.revenue"))))),
                .tbody(.forEach(candidates.sorted { ($0.step, -$0.revenueWan) < ($1.step, -$1.revenueWan) }) { c in
                    .tr(.td(.text(ui.text(c.step.name))), .td(firmLink(c.creditCode, c.name)), .td(.class("num"), .text(ui.wan(c.revenueWan))))
                }))),
            .h2(.text(request.t("ladder.ipo_board"))),
            .div(.class("board"),
                 .forEach(board.columns) { column in
                     .div(.class("board-column"), .h3(.text(ui.text(column.stage.name) + " (\(column.entries.count))")),
                          .ul(.forEach(column.entries) { e in
                              .li(firmLink(e.creditCode, e.name), .span(.class("muted"),
                                  .text([e.since.map { " \($0)" }, e.ticker.map { " \($0)" }].compactMap { $0 }.joined())))
                          }))
                 },
                 .if(!board.unstaged.isEmpty, .div(.class("board-column"), .h3(.text(request.t("ladder.unstaged") + " (\(board.unstaged.count))")),
                     .ul(.forEach(board.unstaged) { e in .li(firmLink(e.creditCode, e.name)) }))))
        )
    }

    /// The firms that took a step in `year`, with that year's revenue. A revenue the firm did
    /// not report is shown as missing ("—"), never as 0.
    static func crossingsTable(_ crossings: [LadderCrossing], firms: [LadderFirm], year: Int, ui: EnterpriseUI,
                               firmLink: (String, String) -> Node) -> Node {
        let request = ui.request
        let firmsByCode = Dictionary(firms.map { ($0.creditCode, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [Node] = crossings.sorted { ($0.step, $0.name) < ($1.step, $1.name) }.map { c in
            let revenue: Double? = firmsByCode[c.creditCode]?.figures(in: year)?[.revenueWan]
            let revenueText: String = revenue.map(ui.wan) ?? "—"
            let note: String = c.enteredDirectly ? request.t("ladder.entered_directly") : ""
            return .tr(.td(.text(ui.text(c.step.name))), .td(firmLink(c.creditCode, c.name)),
                       .td(.class("num"), .text(revenueText)), .td(.text(note)))
        }
        let head: Node = .thead(.tr(.th(.text(request.t("ladder.step"))), .th(.text(request.t("enterprises.name"))),
                                    .th(.text(request.t("enterprises.revenue"))), .th(.text(request.t("ladder.note")))))
        return .table(.class("data"), head, .tbody(.group(rows)))
    }
}
