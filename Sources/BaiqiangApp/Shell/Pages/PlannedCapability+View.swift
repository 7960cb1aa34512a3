import BaiqiangHTML

extension PlannedCapabilityPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let key = "nav.\(model.capability.rawValue)"
        return Layout.page(context, title: context.t(key), active: .capability(model.capability),
            .h1(.text(context.t(key))),
            .p(.text(context.t(key + ".summary"))),
            Layout.notice("info", context.t("coming.notice")),
            .p(.class("muted"), .text(context.t("coming.no_fake")))
        )
    }
}
