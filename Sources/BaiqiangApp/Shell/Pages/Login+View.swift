import BaiqiangHTML

extension LoginPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("login.title"),
            .section(
                .class("login-box"),
                .h1(.text(context.t("login.title"))),
                .p(.class("muted"), .text(context.t("login.intro"))),
                .unwrap(model.error) { Layout.notice("error", $0) },
                .unwrap(model.info) { Layout.notice("info", $0) },
                .form(
                    .method(.post), .action(SiteURL.login.path),
                    .input(.type(.hidden), .name("_csrf"), .value(model.csrfToken)),
                    .input(.type(.hidden), .name("next"), .value(model.next)),
                    .label(.text(context.t("login.username")),
                           .input(.type(.text), .name("username"), .required(true), .attribute(named: "autocomplete", value: "username"))),
                    .label(.text(context.t("login.password")),
                           .input(.type(.password), .name("password"), .required(true), .attribute(named: "autocomplete", value: "current-password"))),
                    .button(.type(.submit), .class("primary"), .text(context.t("login.submit")))
                )
            )
        )
    }
}
