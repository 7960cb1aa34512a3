import BaiqiangCore
import Fluent
import Vapor

/// What every capability stands on: organisation, accounts and sign-in, the audit log, the
/// working-day calendar, operations endpoints and the API description.
struct PlatformCapability: Capability {
    var id: String { "platform" }

    var resources: CapabilityResources {
        CapabilityResources(catalogues: ["shell", "shell-mobile", "account", "admin", "names", "home", "finding", "imports"], apiDescriptions: ["search"])
    }

    func migrations(_ app: Application) -> [any Migration] {
        [
            CreateOrganisation(),
            CreateUsers(),
            CreateAuditLog(),
            AddAuditHeadMAC(),
            KeyAuditChain(key: app.auditKey),
            CreateLoginFailureCounts(),
            AddCountyCode(),
            AddSessionActivityAndAccountHygiene(),
            CreateAuditCheckpoint(),
            CreateSecondFactors(),
            AddDepartmentDesignations(),
        ]
    }

    func register(_ routes: CapabilityRoutes) {
        OperationsController().register(routes.root)
        OpenAPIController().register(routes.root)
        LoginController().register(routes.web)
        SecondFactorLoginController().register(routes.web)
        ShellController().register(routes.web)
        AccountController().register(routes.web)
        AdminUsersController().register(routes.web)
        AdminAccountsController().register(routes.web)
        AdminAuditController().register(routes.web)
        CalendarAdminController().register(routes.web)
        ImportTemplateController().register(routes.web)
        MeAPIController().register(routes.api)
        SiteSearchController().register(web: routes.web, api: routes.api)
    }

    func prepare(_ app: Application) async throws {
        let profile = try app.appEnvironment.reference.countyProfile()
        try await OrganisationStore.load(profile, writer: app.writer(as: .system))
        try await CalendarStore.loadBundledYears(writer: app.writer(as: .system))
    }

    var homeBlocks: [any HomeBlockProvider] { [AdministrationHomeBlocks()] }
}
