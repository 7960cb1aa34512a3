import Foundation

/// The three rates (三率) departments and towns are ranked on, each defined here once together
/// with the formula pages print beside it.
public enum DemandRateKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 响应率
    case response
    /// 办结率
    case resolution
    /// 满意率
    case satisfaction

    public var name: BilingualText {
        switch self {
        case .response: BilingualText(zh: "响应率", en: "Response rate")
        case .resolution: BilingualText(zh: "办结率", en: "Resolution rate")
        case .satisfaction: BilingualText(zh: "满意率", en: "Satisfaction rate")
        }
    }

    public var formula: BilingualText {
        switch self {
        case .response:
            BilingualText(zh: "响应率 = 时限内答复的诉求数 ÷ 应答复的诉求数（已答复或答复期限已过）",
                          en: "Response rate = demands answered within the limit ÷ demands due "
                              + "(answered, or past the response deadline)")
        case .resolution:
            BilingualText(zh: "办结率 = 已办结的诉求数 ÷ 已签收的诉求数",
                          en: "Resolution rate = demands resolved ÷ demands accepted")
        case .satisfaction:
            BilingualText(zh: "满意率 = （满意 + 基本满意）÷ 已回访评价的诉求数",
                          en: "Satisfaction rate = (satisfied + basically satisfied) ÷ demands rated")
        }
    }
}

/// A ratio with its counts, so a page can show "18 / 20" and not only "90%".
public struct DemandRate: Sendable, Hashable, Codable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Between 0 and 1; nil when nothing was counted (shown as "—", never as 0% or 100%).
    public var value: Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}

/// 三率 of a set of demands, as of a moment.
public struct ThreeRates: Sendable, Hashable, Codable {
    public let response: DemandRate
    public let resolution: DemandRate
    public let satisfaction: DemandRate

    public subscript(kind: DemandRateKind) -> DemandRate {
        switch kind {
        case .response: response
        case .resolution: resolution
        case .satisfaction: satisfaction
        }
    }

    /// Computes the rates over the records. A demand still inside its response limit and not yet
    /// answered is not due, so it neither helps nor hurts the response rate until it is.
    public init(_ records: [DemandRecord], asOf now: Date) {
        var answeredInTime = 0, due = 0, resolved = 0, accepted = 0, satisfied = 0, rated = 0
        for record in records {
            if let answered = record.respondedAt {
                due += 1
                if answered <= record.deadlines.response { answeredInTime += 1 }
            } else if now > record.deadlines.response {
                due += 1
            }
            if record.status.isAccepted {
                accepted += 1
                if record.status.isResolved { resolved += 1 }
            }
            if let verdict = record.satisfaction {
                rated += 1
                if verdict.countsAsSatisfied { satisfied += 1 }
            }
        }
        response = DemandRate(answeredInTime, of: due)
        resolution = DemandRate(resolved, of: accepted)
        satisfaction = DemandRate(satisfied, of: rated)
    }

    /// The rates per group (per handling unit, per town …); records without a key are left out.
    public static func grouped<Key: Hashable>(
        _ records: [DemandRecord], asOf now: Date, by key: (DemandRecord) -> Key?
    ) -> [Key: ThreeRates] {
        Dictionary(grouping: records.filter { key($0) != nil }, by: { key($0)! })
            .mapValues { ThreeRates($0, asOf: now) }
    }
}
