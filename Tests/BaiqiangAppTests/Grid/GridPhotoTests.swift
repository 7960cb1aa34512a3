import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Photos on grid events: a worker attaches JPEG or PNG photos to its grid's events; they show on
/// the event's page and are served, typed and `nosniff`, only to those who read the event; a
/// hostile or surplus file fails its own request and writes nothing.
@Suite("Grid event photos")
struct GridPhotoTests {
    static func upload(_ app: Application, _ browser: Browser, event: UUID, fileName: String, type: String,
                       bytes: [UInt8]) async throws -> (HTTPStatus, String) {
        let boundary = "----bq-photo-boundary"
        var body = ByteBuffer(string: csrfPart(browser.csrf, boundary: boundary)
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.gridEventPhotos(id: event.uuidString).path, headers: headers, body: body) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    @Test("A worker attaches a PNG to its grid's event; it shows on the page and is served as image/png with nosniff, to readers of the event only")
    func attachAndServe() async throws {
        try await withTestApp { app in
            let ids = try await GridTests.world(app)
            let event = try #require(ids["shaping-01"])
            let worker = try await app.signIn("gwk1")
            let (status, _) = try await Self.upload(app, worker, event: event, fileName: "site.png", type: "image/png", bytes: HostileFiles.png())
            #expect(status == .seeOther)
            let photo = try #require(try await GridEventPhoto.query(on: app.db).first())
            let path = SiteURL.gridEventPhoto(id: event.uuidString, photo: try photo.requireID().uuidString).path
            try await app.testing().test(.GET, SiteURL.gridEvent(id: event.uuidString).path, headers: worker.headers) { response async in
                #expect(response.body.string.contains(path))
            }
            try await app.testing().test(.GET, path, headers: worker.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "image/png")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(Array(response.body.readableBytesView) == HostileFiles.png())
            }
            // The town reads the event, so its photo; a worker of the neighbouring grid and another town do not.
            try await app.testing().test(.GET, path, headers: try await app.signIn("shaping").headers) { response async in
                #expect(response.status == .ok)
            }
            for outsider in ["gwk2", "gulao"] {
                try await app.testing().test(.GET, path, headers: try await app.signIn(outsider).headers) { response async in
                    #expect(response.status == .notFound, "\(outsider)")
                }
            }
            // Nor may the neighbour attach to it.
            let (refused, _) = try await Self.upload(app, try await app.signIn("gwk2"), event: event, fileName: "x.png", type: "image/png",
                                                      bytes: HostileFiles.png())
            #expect(refused == .notFound)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.gridEventPhotoAdded.code).count() == 1)
        }
    }

    @Test("A file that only claims to be an image, a PDF, or a seventh photo is refused with the reason, nothing written; the next good one still goes in")
    func hostileFilesFailAlone() async throws {
        try await withTestApp { app in
            let ids = try await GridTests.world(app)
            let event = try #require(ids["shaping-01"])
            let worker = try await app.signIn("gwk1")
            let fake = [UInt8](HostileFiles.png().prefix(16)) + Array("<script>alert(1)</script>".utf8)
            let (broken, page) = try await Self.upload(app, worker, event: event, fileName: "evil.png", type: "image/png", bytes: fake)
            #expect(broken == .badRequest && page.contains("evil.png"))
            let (pdf, _) = try await Self.upload(app, worker, event: event, fileName: "doc.pdf", type: "application/pdf", bytes: HostileFiles.pdf())
            #expect(pdf == .badRequest)
            let (renamed, _) = try await Self.upload(app, worker, event: event, fileName: "doc.png", type: "image/png", bytes: HostileFiles.pdf())
            #expect(renamed == .badRequest)
            #expect(try await GridEventPhoto.query(on: app.db).count() == 0)
            for index in 1...GridEventPhotos.maximumPerEvent {
                #expect(try await Self.upload(app, worker, event: event, fileName: "p\(index).png", type: "image/png", bytes: HostileFiles.png()).0 == .seeOther)
            }
            let (surplus, _) = try await Self.upload(app, worker, event: event, fileName: "more.png", type: "image/png", bytes: HostileFiles.png())
            #expect(surplus == .badRequest)
            #expect(try await GridEventPhoto.query(on: app.db).count() == GridEventPhotos.maximumPerEvent)
        }
    }
}
