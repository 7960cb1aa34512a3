/// The cultivation ladder rules (培育梯队: 个转企、小升规、规改股、股上市): who crossed a step in
/// a year, and who is a candidate to cross next year. Pure functions of the registry's facts.
public struct CultivationLadder: Sendable {
    public var thresholds: LadderThresholds

    public init(thresholds: LadderThresholds = .default) {
        self.thresholds = thresholds
    }

    // MARK: Crossings

    /// The steps `firm` took in `year`, in ladder order.
    public func crossings(of firm: LadderFirm, in year: Int) -> [LadderCrossing] {
        var result: [LadderCrossing] = []
        func add(_ step: LadderStep, directly: Bool = false) {
            result.append(LadderCrossing(creditCode: firm.creditCode, name: firm.name, step: step, year: year, enteredDirectly: directly))
        }
        // A firm founded as a company never was a sole trader: only a conversion counts.
        if firm.history.individualSince != nil, firm.history.companySince == year {
            add(.toCompany)
        }
        if firm.figures(in: year)?.aboveScale == true {
            if let previous = firm.figures(in: year - 1) {
                if !previous.aboveScale { add(.toAboveScale) }
            } else if let start = firm.startYear, start >= year - 1 {
                // No figures last year because the plant is new (新建投产). Without a start
                // year, missing figures say nothing, so no crossing is claimed.
                add(.toAboveScale, directly: true)
            }
        }
        if firm.history.jointStockSince == year {
            add(.toJointStock)
        }
        if firm.isListed(atEndOf: year), !firm.isListed(atEndOf: year - 1) {
            add(.toListed)
        }
        return result
    }

    /// Every crossing in `year` among `firms`, ordered by step then credit code.
    public func crossings(in year: Int, among firms: some Sequence<LadderFirm>) -> [LadderCrossing] {
        firms.flatMap { crossings(of: $0, in: year) }.sorted { ($0.step, $0.creditCode) < ($1.step, $1.creditCode) }
    }

    /// How many firms took each step in `year` (every step present, zero when none).
    public func crossingCounts(in year: Int, among firms: some Sequence<LadderFirm>) -> [LadderStep: Int] {
        var counts = Dictionary(uniqueKeysWithValues: LadderStep.allCases.map { ($0, 0) })
        for firm in firms {
            for crossing in crossings(of: firm, in: year) { counts[crossing.step, default: 0] += 1 }
        }
        return counts
    }

    // MARK: Candidates

    /// The steps `firm` is a candidate for in `year + 1`, judged on its figures and status at the
    /// end of `year`. A firm without figures for `year`, or whose revenue that year is missing,
    /// is no candidate: its revenue is unknown, so it neither meets nor fails a revenue line.
    public func candidacies(of firm: LadderFirm, after year: Int) -> [LadderCandidate] {
        guard let figures = firm.figures(in: year), let revenue = figures[.revenueWan] else { return [] }
        let history = firm.history
        var steps: [LadderStep] = []
        if history.isIndividual(atEndOf: year), revenue >= thresholds.toCompanyCandidateRevenueWan {
            steps.append(.toCompany)
        }
        // Only legal-person enterprises enter the above-scale directory, so a sole trader must
        // first convert.
        if history.isCompany(atEndOf: year), !figures.aboveScale,
           revenue >= thresholds.toAboveScaleCandidateFloorWan, revenue < thresholds.aboveScaleRevenueWan {
            steps.append(.toAboveScale)
        }
        if history.isCompany(atEndOf: year), figures.aboveScale, !history.isJointStock(atEndOf: year),
           !firm.isListed(atEndOf: year), revenue >= thresholds.toJointStockCandidateRevenueWan {
            steps.append(.toJointStock)
        }
        // Firms already in the pipeline are on the IPO board, not in the candidate list.
        if history.isJointStock(atEndOf: year), !firm.isListed(atEndOf: year), firm.listing == nil,
           revenue >= thresholds.toListedCandidateRevenueWan {
            steps.append(.toListed)
        }
        return steps.map {
            LadderCandidate(creditCode: firm.creditCode, name: firm.name, step: $0, targetYear: year + 1, revenueWan: revenue)
        }
    }

    /// Every candidate for `year + 1` among `firms`, ordered by step, then revenue (largest first).
    public func candidates(after year: Int, among firms: some Sequence<LadderFirm>) -> [LadderCandidate] {
        firms.flatMap { candidacies(of: $0, after: year) }.sorted {
            if $0.step != $1.step { return $0.step < $1.step }
            if $0.revenueWan != $1.revenueWan { return $0.revenueWan > $1.revenueWan }
            return $0.creditCode < $1.creditCode
        }
    }
}
