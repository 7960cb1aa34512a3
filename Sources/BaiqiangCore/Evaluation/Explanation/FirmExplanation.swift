/// Why a firm got its class, in terms a firm manager can follow (评价结果说明): each
/// indicator's value, benchmark, weight and points, and any veto or protection that moved the class.
public struct FirmExplanation: Sendable, Codable, Hashable {
    public var creditCode: String
    public var name: String
    public var town: String
    public var industry: String
    public var scale: FirmScale
    public var year: Int
    public var methodID: String
    public var status: FirmStatus
    /// Why the firm is T or out; nil when rated.
    public var statusReason: BilingualText?
    public var score: Double?
    public var rank: Int?
    /// n, the rated firms of the group.
    public var groupSize: Int?
    public var classByRank: EvaluationClass?
    public var finalClass: EvaluationClass
    /// Empty when not rated.
    public var items: [ItemExplanation]
    /// In the order applied; empty when the class by rank stood.
    public var classChanges: [ClassChange]
}

/// One indicator of one firm.
public struct ItemExplanation: Sendable, Codable, Hashable {
    public var indicatorID: String
    public var name: BilingualText
    public var numerator: FirmMeasure
    public var denominator: FirmMeasure
    public var numeratorValue: Double?
    public var denominatorValue: Double?
    /// numerator / denominator; nil when the item is not valid for this firm.
    public var value: Double?
    /// nil when the group had no usable benchmark (the item then gives 0 points).
    public var benchmark: Double?
    public var weight: Double
    public var direction: IndicatorDirection
    public var cap: Double?
    public var points: Double
    /// The firm lacked the item and got the group's mean points for it (缺项取平均分).
    public var filledWithGroupMean: Bool
}

/// A veto or protection that changed the class.
public struct ClassChange: Sendable, Codable, Hashable {
    public var ruleID: String
    public var ruleName: BilingualText
    public var from: EvaluationClass
    public var to: EvaluationClass
}

extension EvaluationResult {
    /// The explanation for the firm on `row` (input order); see `input.row(creditCode:)`.
    public func explanation(row: Int) -> FirmExplanation {
        FirmExplanation(firm: outcome(row: row), facts: facts(row: row), method: method, year: year, groups: groups)
    }
}

extension FirmExplanation {
    /// The explanation of a firm's outcome from its facts and the run's method and group
    /// summaries (aligned with `method.groups`): the one place the words are put together, for a
    /// run just made and for one stored long ago.
    public init(firm: FirmOutcome, facts: FirmFacts, method: EvaluationMethod, year: Int, groups: [GroupSummary]) {
        let status = facts.status
        self.init(
            creditCode: firm.creditCode, name: firm.name, town: firm.town, industry: firm.industry, scale: firm.scale,
            year: year, methodID: method.id, status: status,
            statusReason: Self.reason(status, flags: facts.flags, scale: firm.scale, method: method),
            score: firm.score, rank: firm.rank, groupSize: nil, classByRank: status == .rated ? facts.classByRank : nil,
            finalClass: firm.finalClass, items: [], classChanges: [])
        guard status == .rated, let g = method.groupIndex(for: firm.scale), g < groups.count else { return }
        let group = method.groups[g]
        let summary = groups[g]
        groupSize = summary.ratedCount
        let measures = group.measures
        func value(_ measure: FirmMeasure) -> Double? {
            measures.firstIndex(of: measure).flatMap { $0 < facts.measures.count ? facts.measures[$0] : nil }
        }
        for (k, indicator) in group.indicators.enumerated() {
            let numerator = value(indicator.numerator)
            let denominator = value(indicator.denominator)
            let valid = EvaluationEngine.isValid(numerator ?? .nan, denominator ?? .nan)
            let value = valid ? numerator! / denominator! : nil
            let points = value.map { indicator.points(value: $0, benchmark: summary.benchmarks[k] ?? 0) }
            items.append(ItemExplanation(
                indicatorID: indicator.id, name: indicator.name, numerator: indicator.numerator,
                denominator: indicator.denominator, numeratorValue: numerator, denominatorValue: denominator,
                value: value, benchmark: summary.benchmarks[k], weight: indicator.weight, direction: indicator.direction,
                cap: indicator.cap, points: points ?? summary.fillPoints[k],
                filledWithGroupMean: !valid && method.missingItem == .groupMean))
        }
        if let classByRank = facts.classByRank {
            let outcome = ClassRules.apply(
                method.classRules, to: classByRank, flags: facts.flags,
                yearsInProduction: facts.startYear.map { year - $0 })
            classChanges = outcome.changes.map {
                ClassChange(ruleID: $0.rule.id, ruleName: $0.rule.name, from: $0.from, to: $0.to)
            }
        }
    }

    private static func reason(_ status: FirmStatus, flags: FirmFlags, scale: FirmScale, method: EvaluationMethod) -> BilingualText? {
        switch status {
        case .rated:
            return nil
        case .notRatedFlag:
            let flags = flags.intersection(method.notRatedFlags).flags.map(\.rawValue).joined(separator: ", ")
            return BilingualText(zh: "暂不评价：标记为 \(flags)（如公用事业）", en: "Not rated: flagged \(flags) (e.g. a utility)")
        case .notRatedNew:
            let limit = method.notRatedYearsBelow ?? 0
            return BilingualText(zh: "暂不评价：投产不满 \(limit) 年", en: "Not rated: in production for less than \(limit) years")
        case .outLand:
            let minimum = method.groupIndex(for: scale).flatMap { method.groups[$0].minLandMu } ?? 0
            return BilingualText(zh: "不在评价范围：用地面积不足 \(minimum) 亩或未填报",
                                 en: "Out of scope: land below \(minimum) mu or not reported")
        case .outNoGroup:
            return BilingualText(zh: "不在评价范围：本办法不评价\(scale.name.zh)",
                                 en: "Out of scope: this method does not evaluate \(scale.name.en)")
        }
    }
}
