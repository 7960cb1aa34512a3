/// A row's sequence and MAC, written down outside the database (`SEQ:MAC`). Checked later, it
/// proves the log still reaches that row unchanged, which no head record kept inside the
/// database can prove against someone who restores an older copy of the head.
public struct AuditAnchor: Sendable, Equatable, CustomStringConvertible {
    public var sequence: Int
    public var mac: String

    public init(sequence: Int, mac: String) {
        self.sequence = sequence
        self.mac = mac
    }

    /// Reads `SEQ:MAC`: a sequence of 0 or more and 64 hexadecimal digits.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int(parts[0]), sequence >= 0 else { return nil }
        let mac = parts[1].lowercased()
        guard mac.utf8.count == 64, mac.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.init(sequence: sequence, mac: mac)
    }

    public var description: String { "\(sequence):\(mac)" }

    /// Why an anchor given on the command line is refused.
    public static let formatMessage = BilingualText(
        zh: "锚点格式应为 序号:MAC（MAC 为 64 位十六进制），即 baiqiang audit anchor 输出的内容",
        en: "An anchor has the form SEQ:MAC (MAC as 64 hexadecimal digits), as printed by baiqiang audit anchor")
}
