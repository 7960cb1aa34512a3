import BaiqiangCore
import Fluent
import Vapor

/// Sets up an application for serving: its data (`configureData`) and its web face
/// (`configureWeb`). The server and the tests start here; the command line needs the data only.
public func configure(_ app: Application, _ config: AppConfiguration) throws {
    try configureData(app, config)
    try configureWeb(app)
}

/// What every command works through: configuration, database and its migrations, the audit
/// key, password hashing, the clock and the write gate. No routes, no middleware, no OpenAPI
/// document: a command that imports a file opens no more than the database and its stores.
public func configureData(_ app: Application, _ config: AppConfiguration) throws {
    _ = try AuditRetention.validated(days: config.auditRetentionDays)
    // A prefecture profile file with a mistake stops every command at once, naming the file
    // and line, rather than leaving the comparison pages to fail later.
    _ = try PrefectureProfiles.installed()
    app.configuration = config
    app.installEnvironment(config)
    _ = app.writeGate
    app.installPlanCache()
    do {
        try DatabaseSetup.use(config.database, on: app)
    } catch {
        throw DatabaseStartupError(location: config.database, underlying: error)
    }
    app.loadedAuditKey = try AuditKeyLoader.load(config.auditKey, database: config.database, logger: app.logger,
                                                 randomBytes: app.appEnvironment.secureRandomBytes)
    DatabaseSetup.register(on: app)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    _ = app.clock
}

/// The server's part, after `configureData`: HTTP settings, metrics, the sign-in thread pool,
/// middleware, every route, the allowed-methods table and the query rules from the OpenAPI
/// document.
public func configureWeb(_ app: Application) throws {
    let config = app.configuration
    app.installMetrics()
    app.installPasswordCheck()
    app.installSessionPrincipals()
    app.installWaitingDemands()
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
