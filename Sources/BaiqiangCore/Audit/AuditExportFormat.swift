import Foundation

/// How an exported range of the audit log is written: CSV (UTF-8 with a BOM so Excel opens
/// Chinese text, English column keys, the range record as the last row) or JSON Lines (one
/// object per row, the range record last). Every field the MAC covers is written exactly, so the
/// file verifies on its own (`AuditExportFile`, `AuditRangeVerification`).
public enum AuditExportFormat: String, Sendable, CaseIterable {
    case csv, jsonl

    /// The CSV column keys, also the JSON keys of a row.
    public static let columns = [
        "sequence", "at", "actor", "role", "action", "entity", "entity_id", "before", "after", "request_id",
        "previous_hash", "hash",
    ]
    /// The columns a named export adds after the MACed ones: what the action and the entity are
    /// called in the reader's language, beside their codes. Verification ignores them.
    public static let nameColumns = ["action_name", "entity_name"]
    /// The first CSV cell (and the JSON `record` value) of the closing range record.
    static let rangeMarker = "range"

    /// What opens the file; with `naming`, the CSV header has the name columns too.
    public func start(naming language: Language? = nil) -> [UInt8] {
        switch self {
        case .csv:
            var writer = CSVWriter()
            for column in Self.columns + (language == nil ? [] : Self.nameColumns) { writer.field(column) }
            writer.endRecord()
            return [0xEF, 0xBB, 0xBF] + writer.bytes
        case .jsonl:
            return []
        }
    }

    /// One row.
    public func line(_ record: AuditRecord) -> [UInt8] {
        line(record, naming: nil)
    }

    /// One row, followed by the names of its action and entity in `language` when given.
    public func line(_ record: AuditRecord, naming language: Language?) -> [UInt8] {
        let names = language.map { [AuditAction.name(of: record.action, in: $0), AuditEntity.name(of: record.entity, in: $0)] }
        switch self {
        case .csv:
            var writer = CSVWriter(reservingCapacity: 512)
            writer.integer(record.sequence)
            for text in [record.at, record.actor, record.role, record.action, record.entity, record.entityID] {
                writer.field(CSVText.escaped(text))
            }
            for text in [record.before, record.after, record.requestID] {
                if let text { writer.field(CSVText.escaped(text)) } else { writer.emptyField() }
            }
            writer.field(record.previousHash)
            writer.field(record.hash)
            for name in names ?? [] { writer.field(name) }
            writer.endRecord()
            return writer.bytes
        case .jsonl:
            var row = JSONLine.Row(record)
            row.action_name = names?[0]
            row.entity_name = names?[1]
            return JSONLine.encode(row)
        }
    }

    /// The closing range record; `naming` as the file was started with.
    public func closing(_ range: AuditExportRange, naming language: Language? = nil) -> [UInt8] {
        switch self {
        case .csv:
            var writer = CSVWriter()
            writer.field(Self.rangeMarker)
            for text in [range.from, range.to] {
                if let text { writer.field(CSVText.escaped(text)) } else { writer.emptyField() }
            }
            for number in [range.firstSequence, range.lastSequence] {
                if let number { writer.integer(number) } else { writer.emptyField() }
            }
            writer.integer(range.head.sequence)
            writer.field(range.head.hash)
            writer.field(range.head.mac)
            writer.field(range.mac)
            for _ in 9..<(Self.columns.count + (language == nil ? 0 : Self.nameColumns.count)) { writer.emptyField() }
            writer.endRecord()
            return writer.bytes
        case .jsonl:
            return JSONLine.encode(JSONLine.Range(range))
        }
    }

    /// The format of a file: by its extension, else by its first character.
    public static func of(fileName: String, bytes: [UInt8]) -> AuditExportFormat {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") { return .jsonl }
        if lower.hasSuffix(".csv") { return .csv }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return body.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D } == UInt8(ascii: "{") ? .jsonl : .csv
    }
}

/// The audit CSV's text cells: a null is an empty cell, so an empty text is written `'` and a
/// text that begins with `'` gets one more; reading drops one leading `'`. That also undoes the
/// apostrophe `CSVWriter` puts before a formula, so every text comes back exactly as MACed.
enum CSVText {
    static func escaped(_ text: String) -> String {
        text.isEmpty || text.hasPrefix("'") ? "'" + text : text
    }

    static func unescaped(_ text: String) -> String {
        text.hasPrefix("'") ? String(text.dropFirst()) : text
    }
}

/// The JSON Lines objects, keys sorted, a null left out.
enum JSONLine {
    struct Row: Codable {
        var sequence: Int
        var at, actor, role, action, entity, entity_id: String
        var before, after, request_id: String?
        var previous_hash, hash: String
        /// Names for the reader, outside the MAC; absent unless the export was named.
        var action_name, entity_name: String?

        init(_ r: AuditRecord) {
            sequence = r.sequence; at = r.at; actor = r.actor; role = r.role; action = r.action
            entity = r.entity; entity_id = r.entityID; before = r.before; after = r.after
            request_id = r.requestID; previous_hash = r.previousHash; hash = r.hash
        }

        var record: AuditRecord {
            AuditRecord(sequence: sequence, at: at, actor: actor, role: role, action: action, entity: entity,
                        entityID: entity_id, before: before, after: after, requestID: request_id,
                        previousHash: previous_hash, hash: hash)
        }
    }

    struct Range: Codable {
        var record: String
        var from, to: String?
        var first_sequence, last_sequence: Int?
        var head_sequence: Int
        var head_hash, head_mac, mac: String

        init(_ r: AuditExportRange) {
            record = AuditExportFormat.rangeMarker; from = r.from; to = r.to
            first_sequence = r.firstSequence; last_sequence = r.lastSequence
            head_sequence = r.head.sequence; head_hash = r.head.hash; head_mac = r.head.mac; mac = r.mac
        }

        var range: AuditExportRange {
            AuditExportRange(from: from, to: to, firstSequence: first_sequence, lastSequence: last_sequence,
                             head: AuditChain.Head(sequence: head_sequence, hash: head_hash, mac: head_mac), mac: mac)
        }
    }

    /// Tells a range record from a row.
    struct Probe: Decodable {
        var record: String?
    }

    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8)) + [0x0A]
    }
}
