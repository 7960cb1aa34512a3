import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The page frame every page shares: header with navigation, language switch and account,
/// the content, and a footer. Styles and scripts come from /static only (no CDN).
enum Layout {
    struct NavItem {
        var key: String
        var url: SiteURL
    }

    static func navigation(for principal: Principal?) -> [NavItem] {
        var items = (principal.map(Capabilities.navigation(for:)) ?? []).map { NavItem(key: $0.key, url: $0.url) }
        if let principal, let first = AdminTabs.tabs(for: principal.permissions).first {
            items.append(NavItem(key: "nav.admin", url: first.url))
        }
        return items
    }

    static func page(_ request: Request, title: String, active: SiteURL? = nil,
                     _ content: Node...) -> HTML {
        page(request.pageContext, title: title, active: active, content)
    }

    static func page(_ context: PageContext, title: String, active: SiteURL? = nil,
                     _ content: Node...) -> HTML {
        page(context, title: title, active: active, content)
    }

    static func page(_ context: PageContext, title: String, active: SiteURL?, _ content: [Node]) -> HTML {
        let principal = context.principal
        let language = context.language
        let other: BaiqiangCore.Language = language == .en ? .zhHans : .en
        return HTML(
            .lang(language == .en ? .english : .chinese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) · \(context.t("app.name"))"),
                .link(.rel(.stylesheet), .href("/static/css/app.css")),
                .link(.rel(.stylesheet), .href("/static/css/print.css"), .attribute(named: "media", value: "print"))
            ),
            .body(
                .header(
                    .class("site-header"),
                    .a(.class("brand"), .href(SiteURL.home.path),
                       .span(.class("brand-mark"), .text("百强")),
                       .span(.class("brand-name"), .text(context.t("app.tagline")))),
                    .if(principal != nil, .group(
                        menuToggle(context),
                        .nav(
                            .class("site-nav"),
                            .forEach(navigation(for: principal)) { item in
                                .a(.href(item.url.path), .text(context.t(item.key)),
                                   .if(item.url == active, .class("active")),
                                   .if(item.url == .demands, waitingBadge(context)))
                            }
                        )
                    )),
                    .if(principal != nil, SearchPage.headerForm(context)),
                    CountyPicker.header(context),
                    .div(
                        .class("site-account"),
                        .a(.class("lang-switch"), .href(SiteURL.language(other.rawValue).path),
                           .attribute(named: "hreflang", value: other.rawValue),
                           .text(other == .en ? "English" : "中文")),
                        .unwrap(principal) { principal in
                            .group(
                                .a(.href(SiteURL.account.path), .class("account-name"),
                                   .text("\(principal.displayName) · \(context.t(principal.role.label))")),
                                .form(.method(.post), .action(SiteURL.logout.path), .class("inline"),
                                      csrfField(context),
                                      .button(.type(.submit), .class("link-button"), .text(context.t("nav.logout"))))
                            )
                        }
                    )
                ),
                .main(.class("site-main"), .unwrap(context.secondFactorDue) { secondFactorBanner($0, context) }, .group(content)),
                .footer(.class("site-footer"), .text(context.t("app.footer")))
            )
        )
    }

    /// The menu button a narrow screen shows in place of the navigation: a checkbox and its
    /// label open and close the navigation by CSS alone, as the CSP allows no inline script.
    static func menuToggle(_ context: PageContext) -> Node {
        .group(
            .input(.type(.checkbox), .id(menuToggleID), .class("nav-toggle")),
            .label(.for(menuToggleID), .class("nav-toggle-button"), .text(context.t("nav.menu")))
        )
    }

    static let menuToggleID = "nav-toggle"

    /// The number of demands waiting for the account, beside the navigation's demands entry.
    static func waitingBadge(_ context: PageContext) -> Node {
        guard let count = context.waitingDemands, count > 0 else { return .empty }
        return .span(.class("nav-badge"), .attribute(named: "title", value: context.t("nav.demands_waiting", ["count": String(count)])),
                     .text(String(count)))
    }

    /// The hidden CSRF field every form of a signed-in page carries.
    static func csrfField(_ request: Request) -> Node {
        csrfField(request.pageContext)
    }

    static func csrfField(_ context: PageContext) -> Node {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }

    /// The reminder an account the second-factor policy reaches sees on every page until it has
    /// set one up.
    static func secondFactorBanner(_ due: Date, _ context: PageContext) -> Node {
        let text = due == .distantPast ? context.t("account.second_factor.banner_now")
            : context.t("account.second_factor.banner_grace", ["time": ShanghaiDay.display(due)])
        return .div(.class("notice notice-error"), .attribute(named: "role", value: "alert"), .text(text), .text(" "),
                    .a(.href(SiteURL.account.path + "#" + AccountPage.secondFactorAnchor), .text(context.t("account.second_factor.set_up"))))
    }

    /// A notice box (success, error or info).
    static func notice(_ kind: String, _ text: String) -> Node {
        .div(.class("notice notice-\(kind)"), .attribute(named: "role", value: kind == "error" ? "alert" : "status"), .text(text))
    }
}

/// The error page: the status, a plain message, the request id; never internals.
enum ErrorPage {
    static func render(_ request: Request, status: HTTPStatus, title: String, detail: String?) -> HTML {
        Layout.page(request, title: title,
            .section(
                .class("error-page"),
                .h1(.text("\(status.code) · \(title)")),
                .unwrap(detail) { .p(.text($0)) },
                .p(.class("muted"), .text(request.t("error.request_id", ["id": request.id]))),
                .p(.a(.href(SiteURL.home.path), .text(request.t("error.back_home"))))
            )
        )
    }
}
