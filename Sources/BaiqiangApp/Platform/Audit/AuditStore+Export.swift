import BaiqiangCore
import Fluent
import Foundation

/// Exporting a date range of the audit log as a file that verifies on its own: the rows are read
/// in pages, so a large log never sits in memory, and the export itself is recorded.
extension AuditStore {
    /// Rows read per query while exporting.
    static let exportPage = 1_000

    /// Why an export's dates are refused.
    public struct ExportRefusal: BilingualError {
        public let message: BilingualText

        static func date(_ text: String) -> ExportRefusal {
            ExportRefusal(message: BilingualText(
                zh: "日期应为 yyyy-MM-dd 格式，而不是“\(text)”", en: "A date has the form yyyy-MM-dd, not \"\(text)\""))
        }
    }

    struct ExportSummary: Codable {
        var from: String?
        var to: String?
        var format: String
        var rows: Int
        var firstSequence: Int?
        var lastSequence: Int?
    }

    /// The rows whose time falls on the days `from`…`to` (Beijing time, inclusive, either end
    /// open), as one run of consecutive sequences up to the head as it is now, and the sealed
    /// range record that closes the file.
    func exportRange(from: String?, to: String?) async throws -> AuditExportRange {
        let from = from.nonEmpty, to = to.nonEmpty
        let head = try await AuditHead.find(1, on: db)?.state ?? .empty(key: key)
        let first = AuditEntry.query(on: db).filter(\.$sequence <= head.sequence).sort(\.$sequence, .ascending)
        let last = AuditEntry.query(on: db).filter(\.$sequence <= head.sequence).sort(\.$sequence, .descending)
        if let from {
            guard LocalDate(iso: from) != nil, let start = ShanghaiDay.startUTC(of: from) else { throw ExportRefusal.date(from) }
            first.filter(\.$at >= AuditClock.timestamp(start))
        }
        if let to {
            guard LocalDate(iso: to) != nil, let start = ShanghaiDay.startUTC(of: to) else { throw ExportRefusal.date(to) }
            last.filter(\.$at < AuditClock.timestamp(start.addingTimeInterval(86_400)))
        }
        guard let firstSequence = try await first.first()?.sequence, let lastSequence = try await last.first()?.sequence,
              firstSequence <= lastSequence else {
            return .sealed(from: from, to: to, firstSequence: nil, lastSequence: nil, head: head, key: key)
        }
        return .sealed(from: from, to: to, firstSequence: firstSequence, lastSequence: lastSequence, head: head, key: key)
    }

    /// Records that `range` was exported as `format`, by whoever `writer` acts for.
    func recordExport(_ range: AuditExportRange, format: AuditExportFormat, writer: Writer) async throws {
        let summary = ExportSummary(from: range.from, to: range.to, format: format.rawValue, rows: range.rowCount,
                                    firstSequence: range.firstSequence, lastSequence: range.lastSequence)
        try await writer.transaction { _, audit in
            try await audit.record(.auditExported, entity: .auditLog, id: "\(range.from ?? "")..\(range.to ?? "")",
                                   before: Optional<String>.none, after: summary)
        }
    }

    /// Hands the file's bytes to `emit` in pieces: the start, each page of rows, the range record.
    func writeExport(_ range: AuditExportRange, format: AuditExportFormat, naming language: Language? = nil,
                     emit: ([UInt8]) async throws -> Void) async throws {
        try await emit(format.start(naming: language))
        if let firstSequence = range.firstSequence, let lastSequence = range.lastSequence {
            var next = firstSequence
            while next <= lastSequence {
                let rows = try await AuditEntry.query(on: db)
                    .filter(\.$sequence >= next).filter(\.$sequence <= lastSequence)
                    .sort(\.$sequence).limit(Self.exportPage).all()
                guard let last = rows.last else { break }
                var bytes: [UInt8] = []
                for row in rows { bytes += format.line(row.record, naming: language) }
                try await emit(bytes)
                next = last.sequence + 1
            }
        }
        try await emit(format.closing(range, naming: language))
    }
}
