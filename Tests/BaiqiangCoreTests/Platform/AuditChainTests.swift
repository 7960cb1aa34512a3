import Testing
@testable import BaiqiangCore

@Suite("Audit hash chain")
struct AuditChainTests {
    func chain(_ count: Int) -> [AuditRecord] {
        var records: [AuditRecord] = []
        var previous = AuditChain.genesis
        for sequence in 1...count {
            var record = AuditRecord(sequence: sequence, at: "2026-11-26T10:00:0\(sequence % 10).000Z", actor: "admin",
                                     role: "admin", action: "user.create", entity: "user", entityID: "u\(sequence)",
                                     before: nil, after: #"{"username":"u\#(sequence)"}"#, requestID: "r\(sequence)",
                                     previousHash: previous)
            record.hash = AuditChain.hash(of: record)
            previous = record.hash
            records.append(record)
        }
        return records
    }

    @Test("An untouched chain verifies")
    func intact() {
        let records = chain(5)
        #expect(AuditChain.verify(records, head: (5, records[4].hash)) == nil)
        #expect(AuditChain.verify([], head: nil) == nil)
    }

    @Test("An edited row is reported as the first broken row")
    func edited() {
        var records = chain(5)
        records[2].after = #"{"username":"mallory"}"#
        #expect(AuditChain.verify(records, head: (5, records[4].hash))?.sequence == 3)
    }

    @Test("A deleted middle row is reported")
    func deletedMiddle() {
        var records = chain(5)
        records.remove(at: 1)
        #expect(AuditChain.verify(records, head: (5, records[3].hash))?.sequence == 2)
    }

    @Test("Deleting the newest rows is caught by the head")
    func deletedTail() {
        let records = chain(5)
        let broken = AuditChain.verify(Array(records.prefix(3)), head: (5, records[4].hash))
        #expect(broken?.sequence == 4)
    }

    @Test("A null field and an empty one hash differently")
    func unambiguous() {
        var a = chain(1)[0]
        var b = a
        a.before = nil
        b.before = ""
        #expect(AuditChain.hash(of: a) != AuditChain.hash(of: b))
    }
}
