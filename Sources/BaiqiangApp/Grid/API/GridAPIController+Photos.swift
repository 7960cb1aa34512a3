import BaiqiangCore
import Foundation
import Vapor

/// `/api/v1/grid/events/{id}/photos`: an event's photos under the same rules as its page — listed
/// and served to whoever reads the event (to anyone else the event and its photos do not exist),
/// uploaded by whoever may report in its grid, checked by `GridEventPhotos` and audited.
extension GridAPIController {
    struct PhotoView: Content {
        var id: String
        var fileName: String
        var contentType: String
        var size: Int
        var uploadedBy: String
        var uploadedAt: Date
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, size
            case fileName = "file_name", contentType = "content_type", uploadedBy = "uploaded_by", uploadedAt = "uploaded_at", isDemo = "is_demo"
        }

        init(_ info: GridEventPhotoInfo) {
            id = info.id.uuidString
            fileName = info.fileName
            contentType = info.contentType
            size = info.size
            uploadedBy = info.uploadedBy
            uploadedAt = info.uploadedAt
            isDemo = info.isDemo
        }
    }

    /// The API reads JSON only, so a photo comes as its name and its bytes in base64.
    struct NewPhoto: Content {
        var fileName: String
        var data: String

        enum CodingKeys: String, CodingKey {
            case fileName = "file_name", data
        }
    }

    @Sendable func photos(_ request: Request) async throws -> [PhotoView] {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)),
              let photos = try await GridStore(db: request.db, principal: principal).readablePhotos(of: id) else { throw GridEventNotFound() }
        return photos.map(PhotoView.init)
    }

    @Sendable func photo(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)),
              let photoID = UUID(uuidString: try request.parameters.require(.file)),
              let photo = try await GridStore(db: request.db, principal: principal).photo(photoID, of: id) else { throw GridEventNotFound() }
        return GridPagesController.serve(photo)
    }

    @Sendable func addPhoto(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.reportGridEvents)
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw GridEventNotFound() }
        let input = try request.content.decode(NewPhoto.self)
        guard let data = Data(base64Encoded: input.data) else {
            throw FieldInputError([LocatedIssue(row: nil, column: "data", reason: BilingualText(
                zh: "照片内容须为 Base64 编码", en: "the photo's data must be base64"))])
        }
        let store = GridStore(db: request.db, principal: principal)
        let photoID = try await store.addPhoto(to: id, fileName: input.fileName, data: data, writer: request.writer)
        guard let added = try await store.photos(of: id).first(where: { $0.id == photoID }) else { throw GridEventNotFound() }
        return try await PhotoView(added).encodeResponse(status: .created, for: request)
    }
}
