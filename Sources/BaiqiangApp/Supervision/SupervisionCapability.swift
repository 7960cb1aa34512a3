import BaiqiangCore
import Fluent
import Vapor

/// Special supervisors (特约监督员): appointed people report conduct that harms the business
/// environment to the discipline office, which handles each report; only it and the reporter
/// read a report, and leaders see the yearly counts.
struct SupervisionCapability: Capability {
    var id: String { "supervision" }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["supervision"], apiDescriptions: ["supervision"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateSupervisors(), CreateSupervisionReports()]
    }

    func register(_ routes: CapabilityRoutes) {
        SupervisionPagesController().register(routes.web)
        SupervisionAPIController().register(routes.api)
    }
}
