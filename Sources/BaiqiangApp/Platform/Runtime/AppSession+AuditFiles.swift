import BaiqiangCore
import Foundation

/// The command line's audit retention and export: pruning, exporting a date range to a file,
/// and verifying such a file on its own.
extension AppSession {
    /// Prunes rows older than the configured retention; refuses when none is configured.
    public func pruneAudit() async throws -> Result<AuditStore.PruneOutcome, AuditChain.Break> {
        guard let days = app.configuration.auditRetentionDays else { throw AuditRetention.notConfigured }
        return try await app.auditStore.prune(retentionDays: days, writer: writer)
    }

    /// Writes the rows of the days `from`…`to` as `format` through `emit`, records the export,
    /// and returns the range written.
    public func exportAudit(from: String?, to: String?, format: AuditExportFormat,
                            emit: ([UInt8]) async throws -> Void) async throws -> AuditExportRange {
        let store = app.auditStore
        let range = try await store.exportRange(from: from, to: to)
        try await store.recordExport(range, format: format, writer: writer)
        try await store.writeExport(range, format: format, emit: emit)
        return range
    }

    /// Checks an exported file with this installation's audit key; the number of rows when intact.
    public func verifyAuditFile(_ bytes: [UInt8], fileName: String) throws -> Result<Int, AuditChain.Break> {
        let content = try AuditExportFile.read(bytes, format: .of(fileName: fileName, bytes: bytes))
        if let broken = AuditRangeVerification.verify(content.records, range: content.range, key: app.auditKey) {
            return .failure(broken)
        }
        return .success(content.records.count)
    }
}
