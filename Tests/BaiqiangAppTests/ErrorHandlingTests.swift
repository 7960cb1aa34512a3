import BaiqiangCore
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Errors: the right status, a clear message, no internals")
struct ErrorHandlingTests {
    @Test("An unknown API route is a 404 problem document; an unknown page a 404 page")
    func unknownRoute() async throws {
        try await withTestApp { app in
            // deliberately not a SiteURL: a path under the API that no route answers
            try await app.testing().test(.GET, "/api/v1/nothing-here") { response async throws in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType?.subType == "problem+json")
                let problem = try problemFields(response)
                #expect(problem["status"] as? Int == 404)
                #expect(problem["title"] as? String == "未找到")
                #expect(problem["instance"] as? String == "/api/v1/nothing-here")
            }
            // deliberately not a SiteURL: a page that does not exist
            try await app.testing().test(.GET, "/no/such/page") { response async in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .html)
                #expect(response.body.string.contains("404"))
            }
        }
    }

    @Test("Problem titles follow Accept-Language")
    func englishProblem() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: ["Accept-Language": "en-GB,en;q=0.9"]) { response async throws in
                #expect(try problemFields(response)["title"] as? String == "Sign-in required")
            }
        }
    }

    @Test("Malformed JSON gets 400 naming the problem; an oversized body gets 413; neither writes")
    func badBodies() async throws {
        try await withTestApp(configure: { $0.maxBodySize = 1024 }) { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            var headers = browser.headers
            headers.contentType = .json
            headers.replaceOrAdd(name: "X-CSRF-Token", value: browser.csrf)
            let users = try await User.query(on: app.db).count()
            try await app.testing().test(.POST, SiteURL.adminUsers.path, headers: headers, body: ByteBuffer(string: #"{"username": "x", "#)) { response async in
                #expect(response.status == .badRequest)
                #expect(!response.body.string.contains("DecodingError"))
            }
            // The limit applies while a body streams in, so this part goes over a real socket.
            try await app.testing(method: .running(port: 0)).test(.POST, SiteURL.adminUsers.path, headers: headers,
                                         body: ByteBuffer(string: String(repeating: "a", count: 64 * 1024))) { response async in
                #expect(response.status == .payloadTooLarge)
            }
            #expect(try await User.query(on: app.db).count() == users)
        }
    }

    @Test("A page that fails shows a 500 with the request id and no internals")
    func internalError() async throws {
        try await withTestApp { app in
            app.get("boom") { _ -> String in
                struct Secret: Error { let detail = "SELECT * FROM users /home/secret" }
                throw Secret()
            }
            // deliberately not a SiteURL: the failing route this test registers for itself
            try await app.testing().test(.GET, "/boom", headers: ["X-Request-Id": "req-42"]) { response async in
                #expect(response.status == .internalServerError)
                let body = response.body.string
                #expect(body.contains("req-42"))
                #expect(!body.contains("SELECT"))
                #expect(!body.contains("/home/secret"))
            }
        }
    }

    @Test("Pages need a session: without one the browser is sent to sign in, coming back afterwards")
    func redirectsToLogin() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.enterprises.path) { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/login?next=/enterprises")
            }
        }
    }

    @Test("A database that cannot be opened names the place, never the password")
    func unopenableDatabase() async throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("bq-blocker-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(at: blocker) }
        let app = try await Application.make(.testing)
        defer { Task { try? await app.asyncShutdown() } }
        let path = blocker.appendingPathComponent("db.sqlite").path
        await #expect {
            try configure(app, AppConfiguration(database: .sqlite(path: path)))
            _ = try await prepare(app)
        } throws: { error in
            String(describing: error).contains(blocker.path)
        }
        let postgres = DatabaseLocation("postgres://baiqiang:s3cret@db.internal:5432/baiqiang")
        #expect(!postgres.description.contains("s3cret"))
        #expect(postgres.description.contains("db.internal"))
    }
}
