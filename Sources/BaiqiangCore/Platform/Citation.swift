/// Where a figure comes from, as a reader checks it: who published it, under what title, when and
/// where. A figure read from a copy of a page (a mirror, a reprint) says so, since the original
/// may differ.
public struct Citation: Sendable, Hashable, Codable {
    public var publisher: String
    /// Nil when the source gives none (a news item known by its date).
    public var title: String?
    /// As precise as the publication gives it: `2024-10-18`, `2025-01` or `2023`.
    public var date: String?
    /// A web address or a document number.
    public var address: String?
    public var readFromCopy: Bool

    public init(publisher: String, title: String? = nil, date: String? = nil, address: String? = nil, readFromCopy: Bool = false) {
        self.publisher = publisher
        self.title = title
        self.date = date
        self.address = address
        self.readFromCopy = readFromCopy
    }

    /// One line for a footnote: 江门日报《…》，2024-10-18，jmnews.com.cn/…（转载件）.
    public var text: BilingualText {
        var zh = publisher + (title.map { "《\($0)》" } ?? "")
        var en = publisher + (title.map { ", “\($0)”" } ?? "")
        if let date { zh += "，\(date)"; en += ", \(date)" }
        if let address { zh += "，\(address)"; en += ", \(address)" }
        if readFromCopy { zh += "（据转载件）"; en += " (read from a copy)" }
        return BilingualText(zh: zh, en: en)
    }

    enum CodingKeys: String, CodingKey {
        case publisher, title, date, address
        case readFromCopy = "read_from_copy"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        publisher = try container.decode(String.self, forKey: .publisher)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        readFromCopy = try container.decodeIfPresent(Bool.self, forKey: .readFromCopy) ?? false
    }
}
