import BaiqiangCore
import Fluent
import Vapor

extension ChainsStore {
    /// Loads the shipped chains of the installation's county on a start where it has none yet:
    /// drafts for the county to edit, saying so in their source.
    static func loadDefaults(_ app: Application) async throws {
        let profile = try app.appEnvironment.reference.countyProfile()
        let writer = app.writer(as: .system)
        let county = writer.countyCode
        guard try await ChainRow.query(on: app.db, county: county).count() == 0 else { return }
        let files = try IndustrialChain.bundledFiles().filter { $0.chain.county == profile.code }
        guard !files.isEmpty else { return }
        try await writer.transaction { db, audit in
            for file in files {
                let row = ChainRow()
                row.apply(file.chain, definition: file.yaml, county: county)
                try await row.create(on: db)
                try await audit.record(.chainsCreated, entity: .chain, id: file.chain.code,
                                       before: nil as AuditedChain?, after: row.audited)
            }
        }
    }
}
