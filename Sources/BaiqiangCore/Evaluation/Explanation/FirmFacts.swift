/// What a stored run keeps of one firm besides its class, score and rank: the figures its items
/// read, its flags, its start year and its class by rank. With the run's method (as applied) and
/// its group summaries, `FirmExplanation(firm:facts:method:year:groups:)` writes the explanation
/// again, word for word what `EvaluationResult.explanation(row:)` said when the run was made. A
/// run of a million firms so stores a few numbers per firm instead of a million explanations in
/// two languages.
public struct FirmFacts: Sendable, Hashable {
    public var status: FirmStatus
    /// The class from the rank alone; nil when not rated.
    public var classByRank: EvaluationClass?
    public var flags: FirmFlags
    public var startYear: Int?
    /// The firm's value of each measure its group reads (`EvaluationGroup.measures`), nil when
    /// missing; empty when not rated.
    public var measures: [Double?]

    public init(status: FirmStatus, classByRank: EvaluationClass?, flags: FirmFlags, startYear: Int?, measures: [Double?]) {
        self.status = status
        self.classByRank = classByRank
        self.flags = flags
        self.startYear = startYear
        self.measures = measures
    }
}

/// Who the firm is and what it got: the columns a stored result keeps beside its facts.
public struct FirmOutcome: Sendable, Hashable {
    public var creditCode: String
    public var name: String
    public var town: String
    public var industry: String
    public var scale: FirmScale
    public var score: Double?
    public var rank: Int?
    public var finalClass: EvaluationClass

    public init(creditCode: String, name: String, town: String, industry: String, scale: FirmScale,
                score: Double?, rank: Int?, finalClass: EvaluationClass) {
        self.creditCode = creditCode
        self.name = name
        self.town = town
        self.industry = industry
        self.scale = scale
        self.score = score
        self.rank = rank
        self.finalClass = finalClass
    }
}

extension EvaluationGroup {
    /// The measures the group's indicators read, each once, in the order the indicators name
    /// them (numerator before denominator): the order of `FirmFacts.measures`.
    public var measures: [FirmMeasure] {
        var seen: [FirmMeasure] = []
        for indicator in indicators {
            for measure in [indicator.numerator, indicator.denominator] where !seen.contains(measure) {
                seen.append(measure)
            }
        }
        return seen
    }
}

extension EvaluationResult {
    /// The facts of the firm on `row` (input order), for storing beside its outcome.
    public func facts(row: Int) -> FirmFacts {
        let status = statuses[row]
        var measures: [Double?] = []
        if status == .rated, let g = method.groupIndex(for: input.scales[row]) {
            measures = method.groups[g].measures.map { input.value($0, row: row) }
        }
        return FirmFacts(status: status, classByRank: status == .rated ? rankClasses[row] : nil,
                         flags: input.flags[row], startYear: input.startYear(row: row), measures: measures)
    }

    /// The outcome of the firm on `row` (input order).
    public func outcome(row: Int) -> FirmOutcome {
        FirmOutcome(creditCode: input.creditCodes[row], name: input.names[row], town: input.towns[row],
                    industry: input.industries[row], scale: input.scales[row], score: score(row: row),
                    rank: rank(row: row), finalClass: classes[row])
    }
}
