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
        return PlannedCapabilityPage.view(PlannedCapabilityPage.Model(capability: capability), request.pageContext)
    }
}
