import BaiqiangCore
import BaiqiangHTML

/// The tabs of the administration area: each administrator sees the tabs of their own duties
/// (三员分立), so the system administrator, the security officer and the auditor each land on
/// work they may do.
enum AdminTabs {
    struct Tab {
        var titleKey: String
        var url: SiteURL
    }

    static func tabs(for permissions: Permissions) -> [Tab] {
        var tabs: [Tab] = []
        if permissions.allows(.manageAccounts) {
            tabs.append(Tab(titleKey: "admin.users.title", url: .adminUsers))
            tabs.append(Tab(titleKey: "admin.accounts.title", url: .adminAccounts))
        }
        if permissions.allows(.readAudit) { tabs.append(Tab(titleKey: "admin.audit.title", url: .adminAudit)) }
        if permissions.allows(.configure) { tabs.append(Tab(titleKey: "calendar.title", url: .adminCalendar)) }
        return tabs
    }

    static func node(_ context: PageContext, active: SiteURL) -> Node {
        let shown = context.principal.map { tabs(for: $0.permissions) } ?? []
        return .nav(.class("tabs"), .forEach(shown) { (tab: Tab) -> Node in
            .a(.href(tab.url.path), .text(context.t(tab.titleKey)), .if(active == tab.url, .class("active")))
        })
    }
}
