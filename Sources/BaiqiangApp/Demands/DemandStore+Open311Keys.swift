import BaiqiangCore
import Fluent
import Foundation

extension DemandStore {
    /// Open311 API keys (api_key) issued by the county to systems that file requests: shown once,
    /// stored as a SHA-256 digest.
    enum Open311Keys {
        static let marker = "o311_"

        struct Snapshot: Codable, Sendable {
            var name: String
            var prefix: String
            var revokedAt: Date?
        }

        static func create(name: String, writer: Writer) async throws -> String {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let limit = TextFieldKind.name.maximumLength
            guard !trimmed.isEmpty, FieldLimits.fits(trimmed, .name) else {
                throw DemandInputError(message: BilingualText(zh: "密钥名称不能为空，且不超过 \(limit) 个字符",
                                                              en: "The key's name must be 1 to \(limit) characters"))
            }
            let key = marker + Secrets.randomToken(from: writer.environment)
            let now = writer.environment.now
            try await writer.transaction { db, audit in
                let record = Open311Key()
                record.countyCode = writer.countyCode
                record.name = trimmed
                record.keyHash = Secrets.sha256Hex(key)
                record.prefix = String(key.prefix(10))
                record.createdAt = now
                try await record.create(on: db)
                try await audit.record(.open311KeyCreate, entity: .open311Key, id: try record.requireID().uuidString,
                                       before: nil as Snapshot?, after: Snapshot(name: trimmed, prefix: record.prefix))
            }
            return key
        }

        /// The live key presented, or nil. Looked up across counties: the key says which county
        /// its client files into.
        static func find(_ key: String, on db: any Database) async throws -> Open311Key? {
            guard key.hasPrefix(marker) else { return nil }
            return try await Open311Key.query(on: db).filter(\.$keyHash == Secrets.sha256Hex(key)).filter(\.$revokedAt == nil).first()
        }
    }
}

extension AppSession {
    /// `baiqiang open311 key create --name NAME`: issues a key and returns it (shown only once).
    public func createOpen311Key(name: String) async throws -> String {
        try await DemandStore.Open311Keys.create(name: name, writer: writer)
    }
}
