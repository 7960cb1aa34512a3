import BaiqiangCore
import Fluent
import Vapor

/// Special supervisors (特约监督员): appointed people report conduct that harms the business
/// environment to the discipline office, which handles each report; only it and the reporter
/// read a report, and leaders see the yearly counts.
struct SupervisionCapability: Capability {
    var id: String { "supervision" }

    /// Only those who read reports see the entry: supervisors (their own) and the discipline
    /// office (all). Leaders reach the yearly counts by its address; everyone else has nothing there.
    var navigation: NavigationEntry? {
        NavigationEntry(key: "nav.supervision", url: .supervision, shownTo: { SupervisionReach.of($0) != .nothing })
    }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["supervision"], apiDescriptions: ["supervision"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateSupervisors(), CreateSupervisionReports()]
    }

    func register(_ routes: CapabilityRoutes) {
        SupervisionPagesController().register(routes.web)
        SupervisionAPIController().register(routes.api)
    }
}
