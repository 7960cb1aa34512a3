import BaiqiangHTML

extension HomePage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("home.title"), active: .home,
            .h1(.text(context.t("home.welcome", ["name": model.displayName]))),
            .p(.class("muted"), .text(context.t("home.intro"))),
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
}
