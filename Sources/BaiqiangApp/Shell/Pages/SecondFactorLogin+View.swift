import BaiqiangHTML

extension SecondFactorLoginPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("login.second_factor.title"),
            .section(
                .class("login-box"),
                .h1(.text(context.t("login.second_factor.title"))),
                .p(.class("muted"), .text(context.t("login.second_factor.intro"))),
                .unwrap(model.error) { Layout.notice("error", $0) },
                .form(
                    .method(.post), .action(SiteURL.loginSecondFactor.path),
                    .input(.type(.hidden), .name("_csrf"), .value(model.csrfToken)),
                    AccountPage.codeField(context, label: "login.second_factor.code", recovery: true),
                    .button(.type(.submit), .class("primary"), .text(context.t("login.submit")))
                ),
                .p(.class("muted"), .text(context.t("login.second_factor.recovery_hint")))
            )
        )
    }
}
