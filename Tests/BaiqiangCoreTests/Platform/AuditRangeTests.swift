import Foundation
import Testing
@testable import BaiqiangCore

/// A keyed chain of `count` rows with awkward contents, and its sealed head.
struct AuditSample {
    static let key = AuditKey(bytes: Array(repeating: UInt8(0x11), count: 32))!
    static let otherKey = AuditKey(bytes: Array(repeating: UInt8(0x22), count: 32))!

    var records: [AuditRecord]
    var head: AuditChain.Head

    init(_ count: Int, key: AuditKey = AuditSample.key) {
        var previous = AuditChain.genesis
        records = (1...count).map { sequence in
            // Formulas, quotes, commas, line breaks, a leading apostrophe, an empty text and nulls:
            // each must come back through CSV and JSON exactly as it was MACed.
            let awkward = ["=HYPERLINK(\"x\")", "'=kept", "", "a,b\n\"c\"", "-5", "'", "鹤山市, 沙坪"]
            var record = AuditRecord(
                sequence: sequence, at: "2026-11-26T10:00:0\(sequence % 10).000Z", actor: awkward[sequence % awkward.count],
                role: "admin", action: "user.create", entity: "user", entityID: "u\(sequence)",
                before: sequence % 2 == 0 ? nil : "", after: #"{"name":"鹤山 \#(sequence)"}"#,
                requestID: sequence % 3 == 0 ? nil : "@r\(sequence)", previousHash: previous)
            record.hash = AuditChain.mac(of: record, key: key)
            previous = record.hash
            return record
        }
        head = .sealed(sequence: count, hash: previous, key: key)
    }

    /// The rows `range` as an export with its sealed range record.
    func export(_ range: ClosedRange<Int>, key: AuditKey = AuditSample.key) -> (records: [AuditRecord], range: AuditExportRange) {
        (Array(records[(range.lowerBound - 1)...(range.upperBound - 1)]),
         .sealed(from: "2026-11-26", to: "2026-11-26", firstSequence: range.lowerBound, lastSequence: range.upperBound,
                 head: head, key: key))
    }
}

@Suite("An exported range of the audit log verifies on its own")
struct AuditRangeTests {
    let key = AuditSample.key
    let sample = AuditSample(8)

    @Test("An intact range verifies, whether it ends at the head or before it, and so does an empty one")
    func intact() {
        let middle = sample.export(3...5)
        #expect(AuditRangeVerification.verify(middle.records, range: middle.range, key: key) == nil)
        let toHead = sample.export(4...8)
        #expect(AuditRangeVerification.verify(toHead.records, range: toHead.range, key: key) == nil)
        let whole = sample.export(1...8)
        #expect(AuditRangeVerification.verify(whole.records, range: whole.range, key: key) == nil)
        let empty = AuditExportRange.sealed(from: "2026-01-01", to: "2026-01-02", firstSequence: nil, lastSequence: nil,
                                            head: sample.head, key: key)
        #expect(AuditRangeVerification.verify([], range: empty, key: key) == nil)
    }

    @Test("A changed row is the first broken row")
    func changed() {
        var (records, range) = sample.export(3...6)
        records[1].actor = "mallory"
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 4)
    }

    @Test("A deleted row is named, in the middle, at the start or at the end of the file")
    func deleted() {
        let (records, range) = sample.export(3...6)
        var middle = records
        middle.remove(at: 1)
        #expect(AuditRangeVerification.verify(middle, range: range, key: key)?.sequence == 4)
        #expect(AuditRangeVerification.verify(Array(records.dropFirst()), range: range, key: key)?.sequence == 3)
        let cut = AuditRangeVerification.verify(Array(records.dropLast(2)), range: range, key: key)
        #expect(cut?.sequence == 5)
    }

    @Test("Cutting rows off the end and editing the range record to match needs the key")
    func boundsEdited() {
        var (records, range) = sample.export(3...6)
        records.removeLast()
        range.lastSequence = 5
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 6)
        #expect(AuditRangeVerification.verify(records, range: nil, key: key)?.sequence == 6)
    }

    @Test("Reordered rows are caught at the first row out of place")
    func reordered() {
        var (records, range) = sample.export(3...6)
        records.swapAt(1, 2)
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 4)
    }

    @Test("An inserted row is caught, forged in place or added past the range")
    func inserted() {
        var (records, range) = sample.export(3...6)
        var forged = records[1]
        forged.actor = "mallory"
        var inPlace = records
        inPlace.insert(forged, at: 2)
        #expect(AuditRangeVerification.verify(inPlace, range: range, key: key)?.sequence == 5)
        var extra = sample.records[6]
        extra.previousHash = records[3].hash
        records.append(extra)
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 7)
    }

    @Test("A range said to reach the head must end in the row the sealed head names")
    func reachesHead() {
        let (records, _) = sample.export(4...8)
        var forged = records[4]
        forged.hash = AuditChain.mac(of: forged, key: key)
        // A range record sealed by whoever holds the key but naming a head the rows do not reach.
        let otherHead = AuditChain.Head.sealed(sequence: 8, hash: String(repeating: "a", count: 64), key: key)
        let range = AuditExportRange.sealed(from: nil, to: nil, firstSequence: 4, lastSequence: 8, head: otherHead, key: key)
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 8)
        // A range that stops before the head is not compared with it.
        let before = AuditExportRange.sealed(from: nil, to: nil, firstSequence: 4, lastSequence: 7, head: otherHead, key: key)
        #expect(AuditRangeVerification.verify(Array(records.prefix(4)), range: before, key: key) == nil)
    }

    @Test("A range starting at row 1 must start from the genesis link")
    func startOfLog() {
        var (records, range) = sample.export(1...3)
        records[0].previousHash = String(repeating: "b", count: 64)
        records[0].hash = AuditChain.mac(of: records[0], key: key)
        #expect(AuditRangeVerification.verify(records, range: range, key: key)?.sequence == 1)
    }

    @Test("The wrong key fails the range and says so")
    func wrongKey() {
        let (records, range) = sample.export(3...6)
        let broken = AuditRangeVerification.verify(records, range: range, key: AuditSample.otherKey)
        #expect(broken?.message.en.contains("audit key does not match") == true)
    }

    @Test("CSV and JSON Lines carry every field exactly, so the read-back range verifies", arguments: AuditExportFormat.allCases)
    func roundTrip(format: AuditExportFormat) throws {
        let (records, range) = sample.export(2...8)
        let bytes = format.start() + records.flatMap(format.line) + format.closing(range)
        let content = try AuditExportFile.read(bytes, format: format)
        #expect(content.records == records)
        #expect(content.range == range)
        #expect(AuditRangeVerification.verify(content.records, range: content.range, key: key) == nil)
        #expect(AuditExportFormat.of(fileName: "export", bytes: bytes) == format)
    }

    @Test("The CSV opens in Excel as UTF-8 and no cell runs as a formula")
    func csvIsSafe() {
        let (records, range) = sample.export(1...8)
        let bytes = AuditExportFormat.csv.start() + records.flatMap(AuditExportFormat.csv.line) + AuditExportFormat.csv.closing(range)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(!text.contains(",=HYPERLINK") && !text.contains(",\"=HYPERLINK"))
        #expect(text.contains(",\"'=HYPERLINK"))
    }

    @Test("A CSV cell edited in the file is caught at its row")
    func csvEdited() throws {
        let (records, range) = sample.export(1...4)
        let bytes = AuditExportFormat.csv.start() + records.flatMap(AuditExportFormat.csv.line) + AuditExportFormat.csv.closing(range)
        let edited = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "u3,", with: "u9,")
        let content = try AuditExportFile.read(Array(edited.utf8), format: .csv)
        #expect(AuditRangeVerification.verify(content.records, range: content.range, key: key)?.sequence == 3)
    }
}

@Suite("Audit retention and the pruning checkpoint")
struct AuditRetentionTests {
    let key = AuditSample.key

    @Test("179 days is refused citing the Cybersecurity Law; 180 is accepted; none keeps everything")
    func minimum() throws {
        #expect(throws: AuditRetention.Refusal.self) { try AuditRetention.validated(days: 179) }
        do {
            _ = try AuditRetention.validated(days: 179)
        } catch {
            #expect(error.message.zh.contains("网络安全法"))
            #expect(error.message.en.contains("art. 21"))
        }
        #expect(try AuditRetention.validated(days: 180) == 180)
        #expect(try AuditRetention.validated(days: nil) == nil)
        #expect(try AuditRetention.parse(" 365 ") == 365)
        #expect(try AuditRetention.parse("") == nil)
        #expect(throws: AuditRetention.Refusal.self) { try AuditRetention.parse("half a year") }
    }

    @Test("A row on the edge day (Beijing time) is kept; one a moment before it is pruned")
    func edge() {
        // 2026-12-02 09:00 Beijing; 180 days earlier is 2026-06-05, which starts at 2026-06-04T16:00Z.
        let now = ISO8601DateFormatter().date(from: "2026-12-02T01:00:00Z")!
        let keptFrom = AuditRetention.keptFrom(now: now, days: 180)
        #expect(keptFrom == ISO8601DateFormatter().date(from: "2026-06-04T16:00:00Z")!)
        let edgeRow = ISO8601DateFormatter().date(from: "2026-06-04T16:00:00Z")!
        let olderRow = edgeRow.addingTimeInterval(-0.001)
        #expect(edgeRow >= keptFrom)
        #expect(olderRow < keptFrom)
    }

    @Test("After pruning, the chain verifies from the sealed checkpoint")
    func checkpoint() {
        let sample = AuditSample(8)
        let kept = Array(sample.records.dropFirst(3))
        let checkpoint = AuditCheckpoint.sealed(sequence: 3, hash: sample.records[2].hash, key: key)
        #expect(AuditChain.verify(kept, head: sample.head, key: key, checkpoint: checkpoint) == nil)
        #expect(AuditChain.verify(kept, head: sample.head, key: key, anchor: sample.head.anchor, checkpoint: checkpoint) == nil)
        let anchor5 = AuditAnchor(sequence: 5, mac: sample.records[4].hash)
        #expect(AuditChain.verify(kept, head: sample.head, key: key, anchor: anchor5, checkpoint: checkpoint) == nil)
        // Without the checkpoint the pruned rows show as deleted.
        #expect(AuditChain.verify(kept, head: sample.head, key: key)?.sequence == 1)
    }

    @Test("A checkpoint moved without the key, or rows deleted past it, fail verification")
    func checkpointTampering() {
        let sample = AuditSample(8)
        let checkpoint = AuditCheckpoint.sealed(sequence: 3, hash: sample.records[2].hash, key: key)
        // Someone deletes two more rows and moves the checkpoint up, not holding the key.
        var moved = checkpoint
        moved.sequence = 5
        moved.hash = sample.records[4].hash
        #expect(AuditChain.verify(Array(sample.records.dropFirst(5)), head: sample.head, key: key, checkpoint: moved)?.sequence == 6)
        // Rows deleted below the retention without the prune leave the checkpoint behind.
        #expect(AuditChain.verify(Array(sample.records.dropFirst(5)), head: sample.head, key: key, checkpoint: checkpoint)?.sequence == 4)
        // A checkpoint's MAC cannot pass for the head's, nor the other way round.
        #expect(AuditCheckpoint.sealed(sequence: 8, hash: sample.head.hash, key: key).mac != sample.head.mac)
    }
}
