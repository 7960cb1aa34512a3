import Foundation

/// How the land was supplied to its holder (供地方式).
public enum SupplyWay: String, Sendable, Hashable, Codable, CaseIterable {
    /// 出让: sold for a term of years.
    case transfer
    /// 划拨: allocated without payment.
    case allocation
    /// 租赁: leased.
    case lease

    public var label: BilingualText {
        switch self {
        case .transfer: BilingualText(zh: "出让", en: "Transfer")
        case .allocation: BilingualText(zh: "划拨", en: "Allocation")
        case .lease: BilingualText(zh: "租赁", en: "Lease")
        }
    }

    /// Reads the English code or the Chinese word, as files of either language write it.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let way = SupplyWay(rawValue: trimmed.lowercased()) { self = way; return }
        guard let way = SupplyWay.allCases.first(where: { $0.label.zh == trimmed }) else { return nil }
        self = way
    }
}
