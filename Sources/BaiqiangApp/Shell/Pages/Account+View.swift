import BaiqiangCore
import BaiqiangHTML

extension AccountPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("account.title"), active: .account,
            .h1(.text(context.t("account.title"))),
            .dl(.class("facts"),
                .dt(.text(context.t("admin.users.username"))), .dd(.text(model.username)),
                .dt(.text(context.t("admin.users.role"))), .dd(.text(context.t(model.role.label)))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .unwrap(model.error) { Layout.notice("error", $0) },
            .h2(.text(context.t("account.password"))),
            .form(.method(.post), .action(SiteURL.accountPassword.path), .class("stacked"), Layout.csrfField(context),
                  passwordField(context, "current", "account.password_current", "current-password"),
                  passwordField(context, "new", "account.password_new", "new-password",
                                hint: context.t("account.password_hint", ["min": String(PasswordPolicy.minimumLength)])),
                  passwordField(context, "repeated", "account.password_repeat", "new-password"),
                  .button(.type(.submit), .class("primary"), .text(context.t("account.password_change")))),
            secondFactorSection(model.secondFactor, context),
            .h2(.text(context.t("account.sessions"))),
            .if(!model.sessions.isEmpty, sessionTable(model.sessions, context)),
            .if(model.sessions.contains { !$0.isCurrent },
                .form(.method(.post), .action(SiteURL.accountSessionsEndOthers.path), .class("inline"), Layout.csrfField(context),
                      .button(.type(.submit), .text(context.t("account.session_end_others"))))),
            .h2(.text(context.t("account.tokens"))),
            .unwrap(model.newToken) { token in
                .div(.class("notice notice-success"),
                     .p(.text(context.t("account.token_once"))),
                     .pre(.class("secret"), .text(token)))
            },
            .if(!model.tokens.isEmpty, tokenTable(model.tokens, context)),
            .form(.method(.post), .action(SiteURL.accountTokens.path), .class("inline"),
                  Layout.csrfField(context),
                  .input(.type(.text), .name("name"), .maxlength(.name), .placeholder(context.t("account.token_name"))),
                  .button(.type(.submit), .class("primary"), .text(context.t("account.create_token"))))
        )
    }

    static func tokenTable(_ tokens: [ApiToken], _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("account.token_name"))), .th(.text(context.t("account.token_prefix"))),
                       .th(.text(context.t("account.token_created"))), .th(.text(context.t("admin.users.status"))),
                       .th(.text(context.t("admin.users.actions"))))),
            .tbody(.forEach(tokens) { token in
                .tr(.td(.text(token.name)), .td(.code(.text(token.prefix + "…"))),
                    .td(.text(token.createdAt.map(ShanghaiDay.display) ?? "—")),
                    .td(.text(token.revokedAt.map { context.t("account.token_revoked_at", ["time": ShanghaiDay.display($0)]) }
                              ?? context.t("account.token_active"))),
                    .td(.if(token.revokedAt == nil,
                            .form(.method(.post), .action(SiteURL.accountTokenRevoke(id: token.id?.uuidString ?? "").path),
                                  .class("inline"), Layout.csrfField(context),
                                  .button(.type(.submit), .text(context.t("account.revoke")))))))
            })
        )
    }

    static func sessionTable(_ sessions: [SessionRow], _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("account.session_started"))), .th(.text(context.t("account.session_last_seen"))),
                       .th(.text(context.t("account.session_address"))), .th(.text(context.t("account.session_browser"))),
                       .th(.text(context.t("admin.users.actions"))))),
            .tbody(.forEach(sessions) { session in
                .tr(.td(.text(session.startedAt.map(ShanghaiDay.display) ?? "—")),
                    .td(.text(ShanghaiDay.display(session.lastSeenAt))),
                    .td(.text(session.address ?? "—")),
                    .td(.text(session.browser ?? "—")),
                    .td(session.isCurrent
                        ? .strong(.text(context.t("account.session_current")))
                        : .form(.method(.post), .action(SiteURL.accountSessionEnd(id: session.id).path),
                                .class("inline"), Layout.csrfField(context),
                                .button(.type(.submit), .text(context.t("account.session_end"))))))
            })
        )
    }

    static func passwordField(_ context: PageContext, _ name: String, _ label: String, _ autocomplete: String,
                              hint: String? = nil) -> Node {
        .label(.text(context.t(label)),
               .input(.type(.password), .name(name), .required(true), .attribute(named: "autocomplete", value: autocomplete)),
               .unwrap(hint) { .span(.class("hint"), .text($0)) })
    }
}
