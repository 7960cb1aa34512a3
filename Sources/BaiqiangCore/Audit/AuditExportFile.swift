import Foundation

/// Reads an exported range back into its rows and closing range record, for verification.
public enum AuditExportFile {
    public struct Content: Sendable, Equatable {
        public var records: [AuditRecord]
        /// Nil when the file has no range record (cut off, or not an export).
        public var range: AuditExportRange?
    }

    /// Why a file cannot be read as an export, naming its line.
    public struct Unreadable: BilingualError {
        public let message: BilingualText

        static func line(_ line: Int, _ reason: String) -> Unreadable {
            Unreadable(message: BilingualText(
                zh: "第 \(line) 行不是审计导出记录：\(reason)",
                en: "Line \(line) is not an audit export record: \(reason)"))
        }
    }

    public static func read(_ bytes: [UInt8], format: AuditExportFormat) throws -> Content {
        switch format {
        case .csv: try readCSV(bytes)
        case .jsonl: try readJSONLines(bytes)
        }
    }

    static func readJSONLines(_ bytes: [UInt8]) throws -> Content {
        var content = Content(records: [], range: nil)
        let decoder = JSONDecoder()
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let data = Data(line)
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { continue }
            if content.range != nil { throw Unreadable.line(index + 1, "text after the range record") }
            do {
                if try decoder.decode(JSONLine.Probe.self, from: data).record == AuditExportFormat.rangeMarker {
                    content.range = try decoder.decode(JSONLine.Range.self, from: data).range
                } else {
                    content.records.append(try decoder.decode(JSONLine.Row.self, from: data).record)
                }
            } catch {
                throw Unreadable.line(index + 1, "\(error)")
            }
        }
        return content
    }

    static func readCSV(_ bytes: [UInt8]) throws -> Content {
        try bytes.withUnsafeBytes { buffer in
            var scanner = CSVScanner(buffer)
            var fields: [CSVField] = []
            var content = Content(records: [], range: nil)
            guard try scanner.nextRecord(into: &fields) else { return content }
            let header = fields.map { scanner.string(of: $0) }
            guard header == AuditExportFormat.columns || header == AuditExportFormat.columns + AuditExportFormat.nameColumns else {
                throw Unreadable.line(scanner.row, "the header is not \(AuditExportFormat.columns.joined(separator: ","))")
            }
            while try scanner.nextRecord(into: &fields) {
                let row = scanner.row
                if content.range != nil { throw Unreadable.line(row, "a row after the range record") }
                guard fields.count == header.count else {
                    throw Unreadable.line(row, "\(fields.count) cells instead of \(header.count)")
                }
                let cells = fields.map { scanner.string(of: $0) }
                func text(_ index: Int) -> String { CSVText.unescaped(cells[index]) }
                func optional(_ index: Int) -> String? { cells[index].isEmpty ? nil : text(index) }
                func number(_ index: Int) throws -> Int {
                    guard let value = Int(cells[index]) else { throw Unreadable.line(row, "cell \(index + 1) is not a whole number") }
                    return value
                }
                if cells[0] == AuditExportFormat.rangeMarker {
                    let first = try cells[3].isEmpty ? nil : number(3)
                    let last = try cells[4].isEmpty ? nil : number(4)
                    content.range = AuditExportRange(
                        from: optional(1), to: optional(2), firstSequence: first, lastSequence: last,
                        head: AuditChain.Head(sequence: try number(5), hash: cells[6], mac: cells[7]), mac: cells[8])
                } else {
                    content.records.append(AuditRecord(
                        sequence: try number(0), at: text(1), actor: text(2), role: text(3), action: text(4),
                        entity: text(5), entityID: text(6), before: optional(7), after: optional(8),
                        requestID: optional(9), previousHash: cells[10], hash: cells[11]))
                }
            }
            return content
        }
    }
}
