import BaiqiangCore
import BaiqiangHTML

extension SearchPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("search.title"), active: nil,
            .h1(.text(context.t("search.title"))),
            .form(.method(.get), .action(SiteURL.search.path), .class("filters"),
                  .input(.type(.search), .name("q"), .value(model.query ?? ""), .maxlength(SiteSearch.maximumLength),
                         .placeholder(context.t("search.placeholder"))),
                  .button(.type(.submit), .text(context.t("search.submit")))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .unwrap(model.query) { query in
                model.found.isEmpty ? .p(.class("muted"), .text(context.t("search.nothing", ["q": query])))
                    : .group(model.found.map { group($0, context) })
            }
        )
    }

    static func group(_ found: SiteSearchService.Found, _ context: PageContext) -> Node {
        .section(.class("panel search-group"),
            .h2(.text(context.t(found.titleKey))),
            .ul(.forEach(found.group.hits) { hit in
                .li(.a(.href(hit.url), .text(hit.title)),
                    .unwrap(hit.code) { .span(.class("muted"), .text(" " + $0)) },
                    .if(hit.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo")))))
            }),
            .p(.a(.href(found.group.listURL),
                  .text(context.t(found.group.more ? "search.more" : "search.open_list"))))
        )
    }

    /// The box every signed-in page's header carries.
    static func headerForm(_ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.search.path), .class("site-search"), .attribute(named: "role", value: "search"),
              .input(.type(.search), .name("q"), .maxlength(SiteSearch.maximumLength), .placeholder(context.t("search.placeholder")),
                     .attribute(named: "aria-label", value: context.t("search.title"))))
    }
}
