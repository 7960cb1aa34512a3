import BaiqiangCore
import Fluent
import Vapor

/// Sets up an application: configuration, database, password hashing, middleware and routes.
/// The server, the command line and the tests all start here.
public func configure(_ app: Application, _ config: AppConfiguration) throws {
    app.configuration = config
    app.installEnvironment(config)
    _ = app.writeGate
    app.installMetrics()
    app.installPlanCache()
    do {
        try DatabaseSetup.use(config.database, on: app)
    } catch {
        throw DatabaseStartupError(location: config.database, underlying: error)
    }
    app.loadedAuditKey = try AuditKeyLoader.load(config.auditKey, database: config.database, logger: app.logger)
    DatabaseSetup.register(on: app)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.installPasswordCheck()
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = ByteCount(value: config.maxBodySize)

    // Outermost first: every response gets the security headers, metrics see the final status,
    // errors become pages or problem documents, a known path asked with another method is a 405.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(MetricsMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(MethodNotAllowedMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: publicDirectory(), defaultFile: nil))
    try registerRoutes(app)
    app.allowedMethods = AllowedMethods(app.routes)
    app.queryParameterRules = QueryParameterRules(document: try OpenAPIDocument.tree())
}

/// Migrates and loads the county's base data; with `demo`, seeds demo accounts on an empty
/// database and returns their credentials (shown once by the caller).
public func prepare(_ app: Application) async throws -> [DemoAccount] {
    let config = app.configuration
    do {
        try await AuditKeyLoader.settle(app)
        try await DatabaseSetup.migrate(app)
    } catch {
        throw DatabaseStartupError(location: config.database, underlying: error)
    }
    try await Capabilities.prepare(app)
    guard config.demo else { return [] }
    return try await DemoSeed.seedIfEmpty(app)
}

/// Static files (styles, scripts, fonts) ship inside the app's resources: no CDN on an intranet.
func publicDirectory() -> String {
    let base = AppResources.url("Public").path
    return base.hasSuffix("/") ? base : base + "/"
}
