/// One rule that marks a parcel as low-efficiency (低效用地认定规则), as kept in the rules file.
public struct LowEfficiencyRule: Sendable, Hashable {
    public enum Test: Sendable, Hashable {
        /// 亩均效益评价 D 类: the holder's latest published class is D.
        case holderClassD
        /// 亩均税收低于门槛: tax per mu below `thresholdWan` 万元/亩.
        case taxPerMuBelow(thresholdWan: Double)
        /// 容积率偏低: plot ratio below `minimum`, or below the committed one.
        case plotRatioBelow(minimum: Double)
        /// 闲置土地: not started `years` full years after the contracted start.
        case idle(years: Int)
        /// 批而未供: approved and not supplied for more than `years` years.
        case approvedNotSupplied(years: Int)
        /// 标准地承诺未达标: an indicator found below its commitment at the check.
        case standardLandUnmet
    }

    public var id: String
    public var name: BilingualText
    public var test: Test
    /// Where the rule comes from (a regulation, a notice); nil when it is the county's own choice.
    public var source: String?
    /// What may follow when it fires (e.g. 无偿收回), shown beside the finding.
    public var consequence: BilingualText?

    public init(id: String, name: BilingualText, test: Test, source: String?, consequence: BilingualText? = nil) {
        self.id = id
        self.name = name
        self.test = test
        self.source = source
        self.consequence = consequence
    }

    /// Whether the rule is the county's own choice rather than a rule of law.
    public var isCountyChoice: Bool { source == nil }
}

/// A rule that fired on a parcel, with the values that made it fire.
public struct RuleFinding: Sendable, Hashable {
    public var ruleID: String
    public var name: BilingualText
    public var reason: Reason

    public init(ruleID: String, name: BilingualText, reason: Reason) {
        self.ruleID = ruleID
        self.name = name
        self.reason = reason
    }

    /// Why the rule fired, as numbers and dates. The sentence is written only for the findings
    /// a page or an answer shows: a list's totals evaluate every parcel in the county and read
    /// none of them.
    public enum Reason: Sendable, Hashable {
        case holderClassD
        case taxPerMu(Double, threshold: Double)
        case plotRatioBelowMinimum(Double, minimum: Double)
        case plotRatioBelowCommitted(Double, committed: Double)
        case idle(contractedStart: LocalDate, years: Int)
        case approvedNotSupplied(since: LocalDate, years: Int)
        case standardLandUnmet([StandardLandCheck])
    }

    /// Why the rule fired, in words, with its values.
    public var detail: BilingualText { reason.text }
}

extension LowEfficiencyRule.Test {
    /// The test as the rules file names it, with its number: what a reader compares between
    /// two versions of a county's rules.
    public var summary: String {
        switch self {
        case .holderClassD: "holder_class_d"
        case .taxPerMuBelow(let threshold): "tax_per_mu_below \(threshold) 万元/亩"
        case .plotRatioBelow(let minimum): "plot_ratio_below \(minimum)"
        case .idle(let years): "idle \(years) years"
        case .approvedNotSupplied(let years): "approved_not_supplied \(years) years"
        case .standardLandUnmet: "standard_land_unmet"
        }
    }
}
