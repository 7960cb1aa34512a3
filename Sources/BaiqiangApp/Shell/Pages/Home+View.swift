import BaiqiangHTML

extension HomePage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("home.title"), active: .home,
            .h1(.text(context.t("home.welcome", ["name": model.displayName]))),
            .if(model.blocks.isEmpty, .p(.class("muted"), .text(context.t("home.intro")))),
            .if(!model.blocks.isEmpty, .div(.class("cards home-blocks"), .forEach(model.blocks) { block($0, context) })),
            .if(!model.blocks.isEmpty, .h2(.text(context.t("home.modules")))),
            .div(.class("cards"),
                .forEach(model.entries) { entry in
                    .a(.class("card"), .href(entry.url.path),
                       .h2(.text(context.t(entry.key))),
                       .p(.text(context.t(entry.key + ".summary"))),
                       .span(.class(entry.ready ? "badge badge-ready" : "badge badge-soon"),
                             .text(context.t(entry.ready ? "home.available" : "home.coming"))))
                }
            )
        )
    }

    static func block(_ block: HomeBlock, _ context: PageContext) -> Node {
        .section(.class("card home-block"),
            .h2(.text(context.t(block.title)),
                .unwrap(block.total) { .span(.class("muted"), .text(" " + context.t("home.total", ["count": String($0)]))) }),
            .if(block.items.isEmpty, .p(.class("muted"), .text(context.t(block.empty)))),
            .if(!block.items.isEmpty, .ul(.forEach(block.items) { item($0, context) })),
            .unwrap(block.items.isEmpty ? nil : block.more) { .p(.a(.href($0), .text(context.t("home.more")))) })
    }

    static func item(_ item: HomeItem, _ context: PageContext) -> Node {
        let text = item.text.text(context)
        return .li(
            .unwrap(item.light) { .span(.class("light light-\($0.rawValue)"), .text(context.t($0.label))) },
            .if(item.light != nil, .text(" ")),
            .unwrap(item.href, { .a(.href($0), .text(text)) }, else: .text(text)),
            .unwrap(item.detail) { .span(.class("muted"), .text(" · " + $0.text(context))) },
            .if(item.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo")))))
    }
}
