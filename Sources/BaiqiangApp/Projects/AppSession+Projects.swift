import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import projects FILE [--partial] [--sheet NAME]`: what was read, written and
    /// refused, and the refused rows as a CSV file when there are any.
    public func importProjects(_ data: Data, partial: Bool, sheet: String?)
        async throws -> (read: Int, inserted: Int, unchanged: Int, rejected: Int, rejectedFile: [UInt8]?, issues: [String]) {
        let outcome = try await ProjectImporter(writer: writer, db: app.db).run(data, sheet: sheet, partial: partial)
        return (outcome.read, outcome.inserted, outcome.unchanged, outcome.rejected, outcome.rejectedFile,
                outcome.issues.map { "row \($0.row ?? 0), \($0.column ?? ""): \($0.reason.zh) / \($0.reason.en)" })
    }
}
