import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Audit chain keyed with HMAC-SHA256")
struct AuditChainTests {
    let key = AuditKey(bytes: Array(repeating: UInt8(0x11), count: 32))!
    let otherKey = AuditKey(bytes: Array(repeating: UInt8(0x22), count: 32))!

    func row(_ sequence: Int) -> AuditRecord {
        AuditRecord(sequence: sequence, at: "2026-11-26T10:00:0\(sequence % 10).000Z", actor: "admin",
                    role: "admin", action: "user.create", entity: "user", entityID: "u\(sequence)",
                    before: nil, after: #"{"username":"u\#(sequence)"}"#, requestID: "r\(sequence)", previousHash: "")
    }

    /// Links `records` from `start` on with `link`, as the writer (or a forger) would.
    func relink(_ records: inout [AuditRecord], from start: Int = 0, link: (AuditRecord) -> String) {
        var previous = start == 0 ? AuditChain.genesis : records[start - 1].hash
        for index in start..<records.count {
            records[index].previousHash = previous
            records[index].hash = link(records[index])
            previous = records[index].hash
        }
    }

    func chain(_ count: Int) -> (records: [AuditRecord], head: AuditChain.Head) {
        var records = (1...count).map(row)
        relink(&records) { AuditChain.mac(of: $0, key: key) }
        return (records, .sealed(sequence: count, hash: records[count - 1].hash, key: key))
    }

    @Test("An untouched chain verifies, and so does an empty log with its sequence-0 head")
    func intact() {
        let (records, head) = chain(5)
        #expect(AuditChain.verify(records, head: head, key: key) == nil)
        #expect(AuditChain.verify([], head: .empty(key: key), key: key) == nil)
    }

    @Test("An edited row is reported as the first broken row")
    func edited() {
        var (records, head) = chain(5)
        records[2].after = #"{"username":"mallory"}"#
        #expect(AuditChain.verify(records, head: head, key: key)?.sequence == 3)
    }

    @Test("A deleted middle row is reported")
    func deletedMiddle() {
        var (records, head) = chain(5)
        records.remove(at: 1)
        #expect(AuditChain.verify(records, head: head, key: key)?.sequence == 2)
    }

    @Test("Deleting the newest rows is caught by the head")
    func deletedTail() {
        let (records, head) = chain(5)
        #expect(AuditChain.verify(Array(records.prefix(3)), head: head, key: key)?.sequence == 4)
    }

    @Test("(a) Deleting the newest rows together with the head is caught")
    func deletedTailAndHead() {
        let (records, _) = chain(5)
        #expect(AuditChain.verify(Array(records.prefix(3)), head: nil, key: key)?.sequence == 4)
    }

    @Test("(b) Deleting the newest rows and rewriting the head without the key is caught")
    func rewrittenHead() {
        let (records, _) = chain(5)
        let kept = Array(records.prefix(3))
        let plain = AuditChain.Head(sequence: 3, hash: kept[2].hash, mac: SHA256Hex.of("3|\(kept[2].hash)"))
        #expect(AuditChain.verify(kept, head: plain, key: key)?.sequence == 4)
        let otherKeyed = AuditChain.Head.sealed(sequence: 3, hash: kept[2].hash, key: otherKey)
        #expect(AuditChain.verify(kept, head: otherKeyed, key: key)?.sequence == 4)
    }

    @Test("(c) Deleting every row and the head is caught, as is a forged empty head")
    func deletedEverything() {
        #expect(AuditChain.verify([], head: nil, key: key)?.sequence == 1)
        let forged = AuditChain.Head(sequence: 0, hash: AuditChain.genesis, mac: AuditChain.genesis)
        #expect(AuditChain.verify([], head: forged, key: key)?.sequence == 1)
    }

    @Test("(d) Editing a row and recomputing a plain SHA-256 chain after it is caught at that row")
    func plainRecomputation() {
        var (records, head) = chain(5)
        records[2].actor = "mallory"
        relink(&records, from: 2, link: PlainAuditChain.hash(of:))
        head.hash = records[4].hash
        #expect(AuditChain.verify(records, head: head, key: key)?.sequence == 3)
    }

    @Test("A wrong key fails verification, naming the key")
    func wrongKey() {
        let (records, head) = chain(5)
        let broken = AuditChain.verify(records, head: head, key: otherKey)
        #expect(broken?.sequence == 1)
        #expect(broken?.message.en.contains("audit key does not match") == true)
        #expect(AuditChain.verify([], head: .empty(key: key), key: otherKey)?.sequence == 1)
    }

    @Test("A head put back to an older state while newer rows remain is caught")
    func headBehindRows() {
        let (records, _) = chain(5)
        let older = AuditChain.Head.sealed(sequence: 3, hash: records[2].hash, key: key)
        #expect(AuditChain.verify(records, head: older, key: key)?.sequence == 4)
    }

    @Test("An anchor catches a log cut below it by replaying an older head, which the chain alone cannot")
    func anchorCatchesTruncation() {
        let (records, head) = chain(5)
        let anchor = head.anchor
        // Someone kept a copy of the head at row 3, deleted rows 4 and 5 and put it back: no key needed.
        let replayed = AuditChain.Head.sealed(sequence: 3, hash: records[2].hash, key: key)
        let kept = Array(records.prefix(3))
        #expect(AuditChain.verify(kept, head: replayed, key: key) == nil)
        #expect(AuditChain.verify(kept, head: replayed, key: key, anchor: anchor)?.sequence == 4)
        #expect(AuditChain.verify(records, head: head, key: key, anchor: anchor) == nil)
    }

    @Test("An anchor catches a row before it rewritten by someone holding the key")
    func anchorCatchesRewrite() {
        let (original, _) = chain(5)
        let anchor = AuditAnchor(sequence: 4, mac: original[3].hash)
        var records = original
        records[1].actor = "mallory"
        relink(&records, from: 1) { AuditChain.mac(of: $0, key: key) }
        let head = AuditChain.Head.sealed(sequence: 5, hash: records[4].hash, key: key)
        #expect(AuditChain.verify(records, head: head, key: key) == nil)
        #expect(AuditChain.verify(records, head: head, key: key, anchor: anchor)?.sequence == 4)
        #expect(AuditChain.verify(original, head: .sealed(sequence: 5, hash: original[4].hash, key: key),
                                  key: key, anchor: anchor) == nil)
    }

    @Test("Anchors read as SEQ:MAC and nothing else")
    func anchorFormat() throws {
        let mac = String(repeating: "ab", count: 32)
        let anchor = try #require(AuditAnchor("12:\(mac.uppercased())"))
        #expect(anchor == AuditAnchor(sequence: 12, mac: mac))
        #expect(anchor.description == "12:\(mac)")
        #expect(AuditAnchor("12") == nil)
        #expect(AuditAnchor("-1:\(mac)") == nil)
        #expect(AuditAnchor("12:\(mac.dropLast())") == nil)
        #expect(AuditAnchor("12:\(mac.dropLast())g") == nil)
    }

    @Test("The former plain chain is still checked, for the migration that keys it")
    func plainChain() {
        var records = (1...4).map(row)
        relink(&records, link: PlainAuditChain.hash(of:))
        #expect(PlainAuditChain.verify(records, head: (4, records[3].hash)) == nil)
        #expect(PlainAuditChain.verify(records, head: nil) == nil)
        var edited = records
        edited[1].entityID = "x"
        #expect(PlainAuditChain.verify(edited, head: (4, records[3].hash))?.sequence == 2)
        #expect(PlainAuditChain.verify(Array(records.prefix(2)), head: (4, records[3].hash))?.sequence == 3)
    }

    @Test("A null field and an empty one MAC differently, and the key changes every MAC")
    func unambiguous() {
        var a = row(1)
        var b = a
        a.before = nil
        b.before = ""
        #expect(AuditChain.mac(of: a, key: key) != AuditChain.mac(of: b, key: key))
        #expect(AuditChain.mac(of: a, key: key) != AuditChain.mac(of: a, key: otherKey))
    }

    @Test("Keys are read as hex or base64 of at least 32 bytes")
    func keyFormats() throws {
        let bytes = (0..<32).map { UInt8($0) }
        let key = try #require(AuditKey(bytes: bytes))
        #expect(AuditKey(text: key.hex) == key)
        #expect(AuditKey(text: "  \(key.hex.uppercased())\n") == key)
        #expect(AuditKey(text: Data(bytes).base64EncodedString()) == key)
        #expect(AuditKey(text: String(key.hex.prefix(62))) == nil)
        #expect(AuditKey(text: Data(bytes.prefix(16)).base64EncodedString()) == nil)
        #expect(AuditKey(text: "not a key") == nil)
        #expect(AuditKey(bytes: bytes.prefix(31)) == nil)
    }
}
