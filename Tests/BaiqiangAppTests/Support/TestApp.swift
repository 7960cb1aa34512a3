import BaiqiangCore
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Where database tests run: PostgreSQL when `BAIQIANG_TEST_DATABASE_URL` is set (CI sets it),
/// otherwise a fresh SQLite file per test. Each test gets a database of its own.
enum TestDatabase {
    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["BAIQIANG_TEST_DATABASE_URL"]
        return url?.isEmpty == false ? url : nil
    }

    /// Makes an empty database and returns where it is and how to drop it.
    static func make() async throws -> (DatabaseLocation, @Sendable () async -> Void) {
        if let base = postgresURL {
            let name = "bq_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try await admin(base) { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: String(name))").run() }
            var components = URLComponents(string: base)!
            components.path = "/" + name
            let drop: @Sendable () async -> Void = {
                try? await admin(base) { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run() }
            }
            return (.postgres(url: components.string!), drop)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bq-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let drop: @Sendable () async -> Void = { try? FileManager.default.removeItem(at: folder) }
        return (.sqlite(path: folder.appendingPathComponent("test.sqlite").path), drop)
    }

    /// Runs administrative SQL on the server's maintenance connection.
    private static func admin(_ url: String, _ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(try .postgres(url: url), as: .psql)
            try await body(app.db as! any SQLDatabase)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// Runs `body` with a configured, migrated application on a fresh database, then tears it down.
/// With `at`, the application's clock is stopped at that moment before anything is written.
func withTestApp(demo: Bool = false, environment: AppEnvironment = .test(), at now: Date? = nil,
                 configure change: (inout AppConfiguration) -> Void = { _ in },
                 _ body: (Application) async throws -> Void) async throws {
    try await withUnconfiguredTestApp(environment: environment) { app, location in
        var config = AppConfiguration(database: location)
        config.bcryptCost = 4
        config.demo = demo
        config.auditKey = .key(.test)
        // Off unless a test turns it on: a test signing in as an administrator is not about
        // second factors (the production default is tested on its own).
        config.requireSecondFactor = false
        change(&config)
        try configure(app, config)
        if let now { app.clock.set(now) }
        _ = try await prepare(app)
        try await body(app)
    }
}

/// Runs `body` with an application on a fresh database that it configures itself (to migrate it
/// step by step, say), then tears both down whether or not `body` throws.
func withUnconfiguredTestApp(environment: AppEnvironment = .test(),
                             _ body: (Application, DatabaseLocation) async throws -> Void) async throws {
    let (location, drop) = try await TestDatabase.make()
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    app.appEnvironment = environment
    do {
        try await body(app, location)
    } catch {
        try? await app.asyncShutdown()
        await drop()
        throw error
    }
    try await app.asyncShutdown()
    await drop()
}

extension AuditKey {
    /// The fixed key the tests' audit logs are MACed with.
    static let test = AuditKey(bytes: Array(repeating: UInt8(0x5a), count: 32))!
}

/// Test fixtures built through the same services the product uses.
enum Fixture {
    static let password = "Heshan-2026-top100"

    @discardableResult
    static func user(_ app: Application, _ username: String, _ role: Role, binding: String? = nil,
                     displayName: String? = nil) async throws -> User {
        try await UserAdministration(writer: app.writer(as: .system), hasher: app.password)
            .create(.init(username: username, displayName: displayName, role: role, binding: binding, password: password))
    }

    /// A firm with a valid credit code made from `serial`, in `town`.
    @discardableResult
    static func enterprise(_ app: Application, serial: Int, name: String, town: String) async throws -> String {
        let body = "9144078400000" + String(format: "%04d", serial)
        let code = CreditCode.completing(body)!
        let townID = try await Town.query(on: app.db).filter(\.$code == town).first()?.id
        try await Enterprise(creditCode: code, name: name, townID: townID, isDemo: false).create(on: app.db)
        return code
    }

    /// Stores a firm's figures for a year as an import does (a missing figure is NULL).
    static func yearFigures(_ app: Application, _ figures: EnterpriseYearFigures) async throws {
        try await BulkWriter(app.db).insert(into: EnterpriseYearFigure.schema, columns: EnterpriseYearFigure.writtenColumns,
                                            rows: [EnterpriseYearFigure.bindings(of: figures, county: CountyCode.heshan)])
    }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct Browser {
    var cookie: String
    var csrf: String

    var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: "\(sessionCookieName)=\(cookie)")
        return headers
    }
}

extension Application {
    /// Fetches the login form and returns the pre-session CSRF pair (cookie, field).
    func loginForm() async throws -> (cookie: String, field: String) {
        var result: (String, String) = ("", "")
        try await testing().test(.GET, SiteURL.login.path) { response async throws in
            let cookie = response.headers.setCookie?[LoginController.loginCSRFCookie]?.string ?? ""
            result = (cookie, hiddenField("_csrf", in: response.body.string) ?? "")
        }
        return result
    }

    /// Posts the login form and returns the response.
    func postLogin(_ username: String, _ password: String) async throws -> (status: HTTPStatus, body: String, session: String?) {
        let form = try await loginForm()
        var outcome: (HTTPStatus, String, String?) = (.ok, "", nil)
        try await testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
            try request.content.encode(["username": username, "password": password, "_csrf": form.field], as: .urlEncodedForm)
        }, afterResponse: { response async in
            outcome = (response.status, response.body.string, response.headers.setCookie?[sessionCookieName]?.string)
        })
        return outcome
    }

    /// Signs in and reads the CSRF token off the home page.
    func signIn(_ username: String, password: String = Fixture.password) async throws -> Browser {
        let login = try await postLogin(username, password)
        let cookie = try #require(login.session, "login of \(username) failed with \(login.status)")
        var csrf = ""
        try await testing().test(.GET, SiteURL.home.path, headers: Browser(cookie: cookie, csrf: "").headers) { response async in
            csrf = hiddenField("_csrf", in: response.body.string) ?? ""
        }
        return Browser(cookie: cookie, csrf: csrf)
    }
}

extension Application {
    /// GETs `path` as `browser` (signed out without one) and returns the status and body.
    func get(_ path: String, as browser: Browser? = nil) async throws -> (status: HTTPStatus, body: String) {
        var result: (HTTPStatus, String) = (.ok, "")
        try await testing().test(.GET, path, headers: browser?.headers ?? [:]) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    /// GETs a page that must answer 200 OK (else the test fails where it was asked for) and returns its body.
    func page(_ path: String, as browser: Browser? = nil,
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let (status, body) = try await get(path, as: browser)
        #expect(status == .ok, "\(path)", sourceLocation: sourceLocation)
        return body
    }
}

/// The value of the first hidden input called `name` in a page.
func hiddenField(_ name: String, in html: String) -> String? {
    guard let range = html.range(of: #"name="\#(name)" value="([^"]*)""#, options: .regularExpression) else { return nil }
    let match = String(html[range])
    return match.components(separatedBy: "value=\"").last.map { String($0.dropLast()) }
}

/// Decodes a JSON response body.
func decodeJSON<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
    try JSONDecoder().decode(type, from: Data(response.body.readableBytesView))
}

/// The fields of a problem+json response.
func problemFields(_ response: TestingHTTPResponse) throws -> [String: Any] {
    #expect(response.headers.contentType?.subType == "problem+json")
    let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    return try #require(object as? [String: Any])
}
