import BaiqiangHTML

/// The tabs of the administration area.
enum AdminTabs {
    static func node(_ context: PageContext, active: SiteURL) -> Node {
        .nav(.class("tabs"),
             .a(.href(SiteURL.adminUsers.path), .text(context.t("admin.users.title")), .if(active == .adminUsers, .class("active"))),
             .a(.href(SiteURL.adminAccounts.path), .text(context.t("admin.accounts.title")), .if(active == .adminAccounts, .class("active"))),
             .a(.href(SiteURL.adminAudit.path), .text(context.t("admin.audit.title")), .if(active == .adminAudit, .class("active"))))
    }
}
