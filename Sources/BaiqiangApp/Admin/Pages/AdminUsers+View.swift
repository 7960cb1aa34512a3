import BaiqiangCore
import BaiqiangHTML
import Foundation

extension AdminUsersPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("admin.users.title"), active: .adminUsers,
            AdminTabs.node(context, active: .adminUsers),
            .h1(.text(context.t("admin.users.title"))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(!model.dutiesSeparated, Layout.notice("warning", context.t("admin.users.duties_not_separated"))),
            .table(.class("data"),
                .thead(.tr(
                    .th(.text(context.t("admin.users.username"))), .th(.text(context.t("admin.users.display_name"))),
                    .th(.text(context.t("admin.users.role"))), .th(.text(context.t("admin.users.binding"))),
                    .th(.text(context.t("admin.users.status"))), .th(.text(context.t("admin.users.actions"))))),
                .tbody(.forEach(model.accounts) { account in row(account, now: model.now, context) })
            ),
            .h2(.text(context.t("admin.users.create"))),
            createForm(context)
        )
    }

    static func row(_ account: Account, now: Date, _ context: PageContext) -> Node {
        .tr(
            .td(.text(account.username)), .td(.text(account.displayName)), .td(.text(context.t(account.role.label))),
            // The unit by its name; its code, which staff sometimes need, on hover.
            .td(.unwrap(account.bindingName, { name in .span(.attribute(named: "title", value: account.binding), .text(context.t(name))) },
                        else: .text(account.binding ?? "—"))),
            .td(.text(statusText(of: account, now: now, context))),
            .td(.class("actions"),
                actionButton(context, account.username, account.isActive ? "deactivate" : "activate"),
                .if(account.isThrottled, actionButton(context, account.username, "unlock")),
                .if(account.hasSecondFactor, actionButton(context, account.username, "reset_second_factor")),
                .form(.method(.post), .action(SiteURL.adminUserAction(username: account.username, action: "reset_password").path),
                      .class("inline"), Layout.csrfField(context),
                      .input(.type(.password), .name("password"), .placeholder(context.t("admin.users.new_password")),
                             .required(true), .attribute(named: "autocomplete", value: "new-password")),
                      .button(.type(.submit), .text(context.t("admin.users.action.reset_password")))))
        )
    }

    static func createForm(_ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.adminUsers.path), .class("stacked"),
            Layout.csrfField(context),
            .label(.text(context.t("admin.users.username")), .input(.type(.text), .name("username"), .maxlength(.username), .required(true))),
            .label(.text(context.t("admin.users.display_name")), .input(.type(.text), .name("displayName"), .maxlength(.name))),
            .label(.text(context.t("admin.users.role")),
                   // A new account starts as the least-privileged role (an enterprise sees its own firm
                   // only): a slip of the hand must not create an administrator.
                   .select(.attribute(named: "name", value: "role"), .forEach(Role.allCases) { role in
                       FormNodes.option(role.rawValue, context.t(role.label), selected: role == .enterprise)
                   })),
            .label(.text(context.t("admin.users.binding")), .input(.type(.text), .name("binding"), .maxlength(.code)),
                   .span(.class("hint"), .text(context.t("admin.users.binding_hint")))),
            .label(.text(context.t("admin.users.password")),
                   .input(.type(.password), .name("password"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                   .span(.class("hint"), .text(context.t("admin.users.password_hint", ["min": String(PasswordPolicy.minimumLength)])))),
            .button(.type(.submit), .class("primary"), .text(context.t("admin.users.create")))
        )
    }

    static func statusText(of account: Account, now: Date, _ context: PageContext) -> String {
        if !account.isActive { return context.t("admin.users.inactive") }
        if let until = account.lockedUntil, until > now {
            return context.t("admin.users.locked_until", ["time": ShanghaiDay.display(until)])
        }
        return context.t("admin.users.active")
    }

    static func actionButton(_ context: PageContext, _ username: String, _ action: String) -> Node {
        .form(.method(.post), .action(SiteURL.adminUserAction(username: username, action: action).path), .class("inline"),
              Layout.csrfField(context),
              .button(.type(.submit), .text(context.t("admin.users.action.\(action)"))))
    }
}
