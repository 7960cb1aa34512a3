import BaiqiangCore
import BaiqiangHTML
import Vapor

/// A capability still to come: its place in the navigation and a page that says plainly it is
/// not there yet, rather than anything that could pass for its data.
struct PlannedCapability: Capability {
    let planned: SiteURL.Capability

    init(_ planned: SiteURL.Capability) {
        self.planned = planned
    }

    var id: String { planned.rawValue }

    var navigation: NavigationEntry? {
        NavigationEntry(key: "nav.\(planned.rawValue)", url: .capability(planned), ready: false)
    }

    func register(_ routes: CapabilityRoutes) {
        let planned = planned
        routes.web.get(SiteURL.capability(planned).components) { request in
            try Self.placeholder(request, planned)
        }
    }

    static func placeholder(_ request: Request, _ capability: SiteURL.Capability) throws -> HTML {
        _ = try request.requirePrincipal()
        let key = "nav.\(capability.rawValue)"
        return Layout.page(request, title: request.t(key), active: .capability(capability),
            .h1(.text(request.t(key))),
            .p(.text(request.t(key + ".summary"))),
            Layout.notice("info", request.t("coming.notice")),
            .p(.class("muted"), .text(request.t("coming.no_fake")))
        )
    }
}
