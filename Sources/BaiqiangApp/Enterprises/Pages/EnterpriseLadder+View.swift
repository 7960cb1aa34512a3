import BaiqiangCore
import BaiqiangHTML

extension EnterpriseLadderPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = EnterpriseUI(context: context)
        let year = model.year
        let crossings = model.crossings
        let candidates = model.candidates
        return Layout.page(context, title: context.t("enterprises.ladder"), active: .enterprises,
            .p(.a(.href(SiteURL.enterprises.path), .text("← " + context.t("nav.enterprises")))),
            .h1(.text(context.t("ladder.title", ["year": String(year)]))),
            .form(.method(.get), .action(SiteURL.enterpriseLadder.path), .class("filters"),
                  .label(.text(context.t("enterprises.year")), .input(.type(.number), .name("year"), .value(String(year)))),
                  .button(.type(.submit), .text(context.t("common.filter")))),
            .div(.class("light-summary"), .forEach(LadderStep.allCases) { step in
                .div(.class("light-count"), .span(.class("count"), .text(String(crossings.filter { $0.step == step }.count))),
                     .span(.text(ui.text(step.name))))
            }),
            .h2(.text(context.t("ladder.crossed", ["year": String(year)]))),
            .if(crossings.isEmpty, .p(.class("muted"), .text(context.t("common.no_rows")))),
            .if(!crossings.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("ladder.step"))), .th(.text(context.t("enterprises.name"))),
                           .th(.text(context.t("enterprises.revenue"))), .th(.text(context.t("ladder.note"))))),
                .tbody(.forEach(crossings.sorted { ($0.step, $0.name) < ($1.step, $1.name) }) { c in
                    .tr(.td(.text(ui.text(c.step.name))), .td(firmLink(c.creditCode, c.name)),
                        .td(.class("num"), .text(model.revenueInYear[c.creditCode].map(ui.wan) ?? "—")),
                        .td(.text(c.enteredDirectly ? context.t("ladder.entered_directly") : "")))
                }))),
            .h2(.text(context.t("ladder.candidates", ["year": String(year + 1)]))),
            .p(.class("muted"), .text(context.t("ladder.candidates_rule"))),
            .if(candidates.isEmpty, .p(.class("muted"), .text(context.t("common.no_rows")))),
            .if(!candidates.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("ladder.step"))), .th(.text(context.t("enterprises.name"))),
                           .th(.text(context.t("enterprises.revenue"))))),
                .tbody(.forEach(candidates.sorted { ($0.step, -$0.revenueWan) < ($1.step, -$1.revenueWan) }) { c in
                    .tr(.td(.text(ui.text(c.step.name))), .td(firmLink(c.creditCode, c.name)), .td(.class("num"), .text(ui.wan(c.revenueWan))))
                }))),
            .h2(.text(context.t("ladder.ipo_board"))),
            board(model.board, context)
        )
    }

    static func board(_ board: IPOBoard, _ context: PageContext) -> Node {
        let ui = EnterpriseUI(context: context)
        return .div(.class("board"),
             .forEach(board.columns) { column in
                 .div(.class("board-column"), .h3(.text(ui.text(column.stage.name) + " (\(column.entries.count))")),
                      .ul(.forEach(column.entries) { e in
                          .li(firmLink(e.creditCode, e.name), .span(.class("muted"),
                              .text([e.since.map { " \($0)" }, tickerText(e, column.stage, context)].compactMap { $0 }.joined())))
                      }))
             },
             .if(!board.unstaged.isEmpty, .div(.class("board-column"), .h3(.text(context.t("ladder.unstaged") + " (\(board.unstaged.count))")),
                 .ul(.forEach(board.unstaged) { e in .li(firmLink(e.creditCode, e.name)) }))))
    }

    /// A listed firm's securities code, or that none is recorded: a code is shown only when a
    /// source gave it, never made up to fill the column.
    static func tickerText(_ entry: IPOBoard.Entry, _ stage: ListingStage, _ context: PageContext) -> String? {
        guard stage == .listed else { return nil }
        return " " + (entry.ticker ?? context.t("enterprises.ticker_missing"))
    }

    static func firmLink(_ code: String, _ name: String) -> Node {
        .a(.href(SiteURL.enterprise(creditCode: code).path), .text(name))
    }
}
