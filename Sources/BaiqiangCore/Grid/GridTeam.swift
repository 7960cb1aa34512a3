/// The three teams of grid workers (网格“专兼辅”三支队伍).
public enum GridTeam: String, Sendable, Hashable, Codable, CaseIterable {
    /// 专职网格员
    case fullTime = "full_time"
    /// 兼职网格员
    case partTime = "part_time"
    /// 辅助网格员
    case auxiliary

    public var label: BilingualText {
        switch self {
        case .fullTime: BilingualText(zh: "专职", en: "Full-time")
        case .partTime: BilingualText(zh: "兼职", en: "Part-time")
        case .auxiliary: BilingualText(zh: "辅助", en: "Auxiliary")
        }
    }

    /// Why a text is no team, for a file's row, a form or a request alike.
    public static let unknownReason = BilingualText(
        zh: "队伍须为 专职、兼职 或 辅助", en: "team must be full_time, part_time or auxiliary (专职, 兼职, 辅助)")

    /// Reads a team from its code or its Chinese name (专职, 兼职, 辅助), as import files write it.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let team = GridTeam(rawValue: trimmed) { self = team; return }
        guard let team = GridTeam.allCases.first(where: { $0.label.zh == trimmed || $0.label.zh + "网格员" == trimmed }) else {
            return nil
        }
        self = team
    }
}
