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

    static func apiUpload(_ app: Application, _ headers: HTTPHeaders, event: UUID, fileName: String, bytes: [UInt8]) async throws -> (HTTPStatus, String) {
        try await GridTests.status(app, .POST, SiteURL.api(.gridEventPhotos(id: event.uuidString)).path, headers,
                                   json: ["file_name": fileName, "data": Data(bytes).base64EncodedString()])
    }

    struct PhotoItem: Decodable {
        var id: String
        var file_name: String
        var content_type: String
        var size: Int
        var is_demo: Bool
    }

    static func apiList(_ app: Application, _ headers: HTTPHeaders, event: UUID) async throws -> (HTTPStatus, [PhotoItem]) {
        var result: (HTTPStatus, [PhotoItem]) = (.ok, [])
        try await app.testing().test(.GET, SiteURL.api(.gridEventPhotos(id: event.uuidString)).path, headers: headers) { response async throws in
            result = (response.status, response.status == .ok ? try decodeJSON([PhotoItem].self, response) : [])
        }
        return result
    }

    @Test("API: a worker uploads a PNG to its grid's event, lists it and fetches its bytes (typed, nosniff); the town reads it; a neighbouring grid's worker and another town find neither event nor photo; a leader may not upload")
    func apiUploadListFetch() async throws {
        try await withTestApp { app in
            let ids = try await GridTests.world(app)
            let event = try #require(ids["shaping-01"])
            try await Fixture.user(app, "ldr1", .leader)
            let worker = try await GridTests.bearer(app, "gwk1")
            let (status, body) = try await Self.apiUpload(app, worker, event: event, fileName: "site.png", bytes: HostileFiles.png())
            #expect(status == .created, "\(body)")
            let (listed, items) = try await Self.apiList(app, worker, event: event)
            #expect(listed == .ok)
            let item = try #require(items.first)
            #expect(items.count == 1 && item.file_name == "site.png" && item.content_type == "image/png" && item.size == HostileFiles.png().count)
            #expect(!item.is_demo)
            let path = SiteURL.api(.gridEventPhoto(id: event.uuidString, photo: item.id)).path
            try await app.testing().test(.GET, path, headers: worker) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "image/png")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(Array(response.body.readableBytesView) == HostileFiles.png())
            }
            let town = try await GridTests.bearer(app, "shaping")
            #expect(try await Self.apiList(app, town, event: event).1.count == 1)
            for outsider in ["gwk2", "gulao"] {
                let headers = try await GridTests.bearer(app, outsider)
                #expect(try await Self.apiList(app, headers, event: event).0 == .notFound, "\(outsider)")
                try await app.testing().test(.GET, path, headers: headers) { response async in
                    #expect(response.status == .notFound, "\(outsider)")
                }
                #expect(try await Self.apiUpload(app, headers, event: event, fileName: "x.png", bytes: HostileFiles.png()).0 == .notFound,
                        "\(outsider)")
            }
            let leader = try await GridTests.bearer(app, "ldr1")
            #expect(try await Self.apiUpload(app, leader, event: event, fileName: "x.png", bytes: HostileFiles.png()).0 == .forbidden)
            #expect(try await GridEventPhoto.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.gridEventPhotoAdded.code).count() == 1)
        }
    }

    @Test("API: a file that only claims to be a PNG, a PDF, data that is no base64, or a seventh photo is refused with 400 naming the reason, nothing written")
    func apiRefusals() async throws {
        try await withTestApp { app in
            let ids = try await GridTests.world(app)
            let event = try #require(ids["shaping-01"])
            let worker = try await GridTests.bearer(app, "gwk1")
            let fake = [UInt8](HostileFiles.png().prefix(16)) + Array("<script>alert(1)</script>".utf8)
            let (broken, problem) = try await Self.apiUpload(app, worker, event: event, fileName: "evil.png", bytes: fake)
            #expect(broken == .badRequest && problem.contains("evil.png"))
            #expect(try await Self.apiUpload(app, worker, event: event, fileName: "doc.pdf", bytes: HostileFiles.pdf()).0 == .badRequest)
            #expect(try await GridTests.status(app, .POST, SiteURL.api(.gridEventPhotos(id: event.uuidString)).path, worker,
                                               json: ["file_name": "a.png", "data": "***"]).0 == .badRequest)
            #expect(try await GridEventPhoto.query(on: app.db).count() == 0)
            for index in 1...GridEventPhotos.maximumPerEvent {
                #expect(try await Self.apiUpload(app, worker, event: event, fileName: "p\(index).png", bytes: HostileFiles.png()).0 == .created)
            }
            #expect(try await Self.apiUpload(app, worker, event: event, fileName: "more.png", bytes: HostileFiles.png()).0 == .badRequest)
            #expect(try await GridEventPhoto.query(on: app.db).count() == GridEventPhotos.maximumPerEvent)
        }
    }

    @Test("serve --demo attaches generated PNG photos to some demo events: valid photos by Core's check, listed as demo by the API and labelled 演示数据 on the event's page")
    func demoPhotos() async throws {
        try await withTestApp(demo: true) { app in
            let photos = try await GridEventPhoto.query(on: app.db).all()
            #expect(photos.count >= 2)
            for photo in photos {
                #expect(photo.contentType == "image/png")
                #expect(try GridEventPhotos.check(fileName: photo.fileName, data: photo.data, existing: 0) == "image/png")
                let event = try #require(try await GridEvent.find(photo.eventID, on: app.db))
                #expect(event.isDemo)
            }
            let photo = try #require(photos.first)
            try await Fixture.user(app, "photoadmin", .admin)
            let admin = try await app.signIn("photoadmin")
            try await app.testing().test(.GET, SiteURL.gridEvent(id: photo.eventID.uuidString).path, headers: admin.headers) { response async in
                let page = response.body.string
                #expect(page.contains(SiteURL.gridEventPhoto(id: photo.eventID.uuidString, photo: try! photo.requireID().uuidString).path))
                #expect(page.contains("badge demo"))
            }
            let (_, items) = try await Self.apiList(app, try await GridTests.bearer(app, "photoadmin"), event: photo.eventID)
            #expect(!items.isEmpty && items.allSatisfy(\.is_demo))
        }
    }
}
