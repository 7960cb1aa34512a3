/// The closing record of an exported range of the audit log: which rows it holds, the dates it
/// was asked for, and the chain's head when it was made. Sealed with the key, so cutting rows off
/// the end of the file and editing the bounds to match is caught.
public struct AuditExportRange: Sendable, Equatable {
    /// The dates asked for (yyyy-MM-dd, Asia/Shanghai, inclusive); nil for an open end.
    public var from: String?
    public var to: String?
    /// The first and last sequence in the file; nil for a range with no rows.
    public var firstSequence: Int?
    public var lastSequence: Int?
    /// The head of the whole log at export time (itself sealed).
    public var head: AuditChain.Head
    public var mac: String

    public init(from: String?, to: String?, firstSequence: Int?, lastSequence: Int?, head: AuditChain.Head, mac: String) {
        self.from = from
        self.to = to
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.head = head
        self.mac = mac
    }

    public static func sealed(from: String?, to: String?, firstSequence: Int?, lastSequence: Int?,
                              head: AuditChain.Head, key: AuditKey) -> AuditExportRange {
        var range = AuditExportRange(from: from, to: to, firstSequence: firstSequence, lastSequence: lastSequence,
                                     head: head, mac: "")
        range.mac = range.seal(key)
        return range
    }

    /// How many rows the range holds.
    public var rowCount: Int {
        guard let firstSequence, let lastSequence else { return 0 }
        return lastSequence - firstSequence + 1
    }

    public func isSealed(with key: AuditKey) -> Bool {
        mac == seal(key)
    }

    private func seal(_ key: AuditKey) -> String {
        AuditChain.hexMAC(AuditCanonical.text([
            "range", from, to, firstSequence.map(String.init), lastSequence.map(String.init),
            String(head.sequence), head.hash, head.mac,
        ]), key: key)
    }
}
