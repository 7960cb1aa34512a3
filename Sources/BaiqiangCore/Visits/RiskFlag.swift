import Foundation

/// What a leader may note from a visit as a warning that the firm could shrink or leave
/// (issue "Field work": output falling, relocation talk, lease ending, courted elsewhere,
/// leadership change, layoffs).
public enum RiskFlag: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
    case outputFalling = "output_falling"
    case relocationTalk = "relocation_talk"
    case leaseEnding = "lease_ending"
    case courtedElsewhere = "courted_elsewhere"
    case leadershipChange = "leadership_change"
    case layoffs

    public var label: BilingualText {
        switch self {
        case .outputFalling: BilingualText(zh: "产值下滑", en: "Output falling")
        case .relocationTalk: BilingualText(zh: "外迁意向", en: "Relocation talk")
        case .leaseEnding: BilingualText(zh: "租约到期", en: "Lease ending")
        case .courtedElsewhere: BilingualText(zh: "被外地招引", en: "Courted elsewhere")
        case .leadershipChange: BilingualText(zh: "高管变动", en: "Leadership change")
        case .layoffs: BilingualText(zh: "裁员", en: "Layoffs")
        }
    }

    /// A flag as a file or the API names it: its code, or its label in either language.
    public init?(name: String) {
        let text = name.trimmingCharacters(in: .whitespaces)
        guard let flag = RiskFlag(rawValue: text) ?? RiskFlag.allCases.first(where: {
            $0.label.zh == text || $0.label.en.caseInsensitiveCompare(text) == .orderedSame
        }) else { return nil }
        self = flag
    }

    public static func < (lhs: RiskFlag, rhs: RiskFlag) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// How a set is stored and written to files: codes in a fixed order, joined by `;`.
    public static func text(_ flags: Set<RiskFlag>) -> String {
        flags.sorted().map(\.rawValue).joined(separator: ";")
    }

    /// A set as people read it, by label in `language`: what an export writes and an import reads.
    public static func names(_ flags: Set<RiskFlag>, language: Language) -> String {
        flags.sorted().map { $0.label.text(for: language) }.joined(separator: language == .en ? "; " : "、")
    }

    /// A stored or typed set (`;`, `,`, `、` or `；` between names); nil names the first unknown one.
    public static func parse(_ text: String?) -> Result<Set<RiskFlag>, UnknownRiskFlag> {
        var flags: Set<RiskFlag> = []
        for part in (text ?? "").split(whereSeparator: { ";,、；，".contains($0) }) {
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let flag = RiskFlag(name: name) else { return .failure(UnknownRiskFlag(name: name)) }
            flags.insert(flag)
        }
        return .success(flags)
    }
}

public struct UnknownRiskFlag: Error, Equatable {
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public var reason: BilingualText {
        let known = RiskFlag.allCases.map(\.rawValue).joined(separator: ", ")
        return BilingualText(zh: "“\(name)”不是可选的风险标记（可选：\(known)）",
                             en: "'\(name)' is not a risk flag (one of: \(known))")
    }
}
