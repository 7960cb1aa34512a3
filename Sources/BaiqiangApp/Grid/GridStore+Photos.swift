import BaiqiangCore
import Fluent
import Foundation

/// A photo's facts without its bytes, for the event's page and the API. A photo on a demo event
/// is demo data itself (演示数据): the demo generates such photos, and whatever is attached to a
/// made-up event describes no real site.
struct GridEventPhotoInfo: Sendable {
    var id: UUID
    var fileName: String
    var contentType: String
    var size: Int
    var uploadedBy: String
    var uploadedAt: Date
    var isDemo: Bool
}

/// What the audit log keeps of a photo: never its bytes.
struct GridEventPhotoSnapshot: Codable, Sendable {
    var event: String
    var fileName: String
    var contentType: String
    var size: Int
}

extension GridStore {
    /// The photos of an event the principal reads, oldest first, without their bytes.
    func photos(of eventID: UUID) async throws -> [GridEventPhotoInfo] {
        try await readablePhotos(of: eventID) ?? []
    }

    /// The photos of an event the principal reads, oldest first, without their bytes; nil when
    /// the principal does not read the event (or there is none), so the API answers 404 alike.
    func readablePhotos(of eventID: UUID) async throws -> [GridEventPhotoInfo]? {
        guard let event = try await event(id: eventID) else { return nil }
        let rows = try await GridEventPhoto.query(on: db, county: county).filter(\.$eventID == eventID)
            .field(\.$id).field(\.$eventID).field(\.$fileName).field(\.$contentType).field(\.$size).field(\.$uploadedBy).field(\.$uploadedAt)
            .sort(\.$uploadedAt).sort(\.$id).all()
        return rows.compactMap { row in
            row.id.map { GridEventPhotoInfo(id: $0, fileName: row.fileName, contentType: row.contentType, size: row.size,
                                            uploadedBy: row.uploadedBy, uploadedAt: row.uploadedAt, isDemo: event.isDemo) }
        }
    }

    /// One photo of an event the principal reads; nil for any other, as if it did not exist.
    func photo(_ id: UUID, of eventID: UUID) async throws -> GridEventPhoto? {
        guard try await event(id: eventID) != nil else { return nil }
        return try await GridEventPhoto.query(on: db, county: county).filter(\.$eventID == eventID).filter(\.$id == id).first()
    }

    /// Attaches a photo to an event the principal reads and may report in (a grid worker its
    /// grid's events, a town its town's …), checked by `GridEventPhotos`; audited without its bytes.
    @discardableResult
    func addPhoto(to eventID: UUID, fileName: String, data: Data, writer: Writer) async throws -> UUID {
        try principal.permissions.require(.reportGridEvents)
        let principal = self.principal, county = self.county
        let now = writer.environment.nowToTheSecond, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let scoped = GridStore(db: db, principal: principal)
            guard let event = try await scoped.event(id: eventID) else { throw GridEventNotFound() }
            let existing = try await GridEventPhoto.query(on: db, county: county).filter(\.$eventID == eventID).count()
            let contentType = try GridEventPhotos.check(fileName: fileName, data: data, existing: existing)
            let photo = GridEventPhoto()
            let id = newID()
            photo.id = id
            photo.countyCode = county
            photo.eventID = try event.requireID()
            photo.fileName = fileName
            photo.contentType = contentType
            photo.size = data.count
            photo.data = data
            photo.uploadedBy = principal.displayName
            photo.uploadedAt = now
            try await photo.create(on: db)
            try await audit.record(.gridEventPhotoAdded, entity: .gridEvent, id: eventID.uuidString, before: nil as String?,
                                   after: GridEventPhotoSnapshot(event: eventID.uuidString, fileName: fileName, contentType: contentType, size: data.count))
            return id
        }
    }
}
