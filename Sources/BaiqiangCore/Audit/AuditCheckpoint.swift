/// Where the chain starts once rows older than the retention have been pruned: the sequence and
/// MAC of the last pruned row, sealed with the key. Without the key no one can move it, so rows
/// deleted below it by anything but a prune still show as missing.
public struct AuditCheckpoint: Sendable, Equatable {
    public var sequence: Int
    /// The MAC of the row at `sequence` (the link the next row names as its predecessor).
    public var hash: String
    public var mac: String

    public init(sequence: Int, hash: String, mac: String) {
        self.sequence = sequence
        self.hash = hash
        self.mac = mac
    }

    public static func sealed(sequence: Int, hash: String, key: AuditKey) -> AuditCheckpoint {
        AuditCheckpoint(sequence: sequence, hash: hash, mac: seal(sequence: sequence, hash: hash, key: key))
    }

    public func isSealed(with key: AuditKey) -> Bool {
        mac == Self.seal(sequence: sequence, hash: hash, key: key)
    }

    /// The "checkpoint|" prefix keeps a checkpoint's MAC from ever passing for a head's or a row's.
    static func seal(sequence: Int, hash: String, key: AuditKey) -> String {
        AuditChain.hexMAC(AuditCanonical.text(["checkpoint", String(sequence), hash]), key: key)
    }
}

/// Length-prefixed fields, so that no choice of field contents makes two lists encode alike.
enum AuditCanonical {
    static func text(_ fields: [String?]) -> String {
        var text = ""
        for field in fields {
            if let field {
                text += "\(field.utf8.count):\(field)|"
            } else {
                text += "-|"
            }
        }
        return text
    }
}
