/// The per-mu evaluation (亩均评价) of one year's firms by one method: status, item points
/// against benchmarks, missing items, score, rank, class, then vetoes and protections.
///
/// Works column by column over the input's arrays; the only per-firm storage is a handful of
/// result columns, and the only sorts are of small integer keys.
public enum EvaluationEngine {
    public static func evaluate(_ input: EvaluationInput, method: EvaluationMethod, year: Int) -> EvaluationResult {
        let n = input.count
        var statuses = [FirmStatus](repeating: .rated, count: n)
        var members = [[Int32]](repeating: [], count: method.groups.count)
        classify(input, method: method, year: year, statuses: &statuses, members: &members)

        var scores = [Double](repeating: .nan, count: n)
        var summaries: [GroupSummary] = []
        var ranks = [Int32](repeating: 0, count: n)
        // T and out are final here; rated firms get their class from `rank` below.
        var rankClasses = statuses.map { $0.evaluationClass ?? .d }
        for (g, group) in method.groups.enumerated() {
            let rows = members[g]
            for row in rows { scores[Int(row)] = 0 }
            var benchmarks: [Double?] = []
            var firmsWithItem: [Int] = []
            var fillPoints: [Double] = []
            for indicator in group.indicators {
                let item = score(indicator, rows: rows, input: input, missingItem: method.missingItem, scores: &scores)
                benchmarks.append(item.benchmark)
                firmsWithItem.append(item.firmsWithItem)
                fillPoints.append(item.fillPoints)
            }
            rank(rows, scores: scores, input: input, cutoffs: method.cutoffs, ranks: &ranks, classes: &rankClasses)
            let last = method.cutoffs.lastRanks(groupSize: rows.count)
            summaries.append(GroupSummary(
                scale: group.scale, ratedCount: rows.count, benchmarks: benchmarks, firmsWithItem: firmsWithItem,
                fillPoints: fillPoints, lastRankA: last.a, lastRankB: last.b, lastRankC: last.c))
        }

        var classes = rankClasses
        if !method.classRules.isEmpty {
            for row in 0..<n where statuses[row] == .rated {
                classes[row] = ClassRules.finalClass(
                    method.classRules, rankClass: rankClasses[row], flags: input.flags[row],
                    yearsInProduction: yearsInProduction(input, row: row, year: year))
            }
        }
        return EvaluationResult(
            method: method, year: year, input: input, groups: summaries, statuses: statuses, scores: scores,
            ranks: ranks, rankClasses: rankClasses, classes: classes)
    }

    static func yearsInProduction(_ input: EvaluationInput, row: Int, year: Int) -> Int? {
        let start = input.startYears[row]
        return start == EvaluationInput.missingYear ? nil : year - Int(start)
    }

    /// Rule 1: T, out, or rated in the group of the firm's scale.
    private static func classify(
        _ input: EvaluationInput, method: EvaluationMethod, year: Int, statuses: inout [FirmStatus], members: inout [[Int32]]
    ) {
        let groupOfScale = FirmScale.allCases.map { method.groupIndex(for: $0) }
        let land = input.column(.landMu)
        for row in 0..<input.count {
            if !input.flags[row].isDisjoint(with: method.notRatedFlags) {
                statuses[row] = .notRatedFlag
                continue
            }
            if let limit = method.notRatedYearsBelow, let years = yearsInProduction(input, row: row, year: year), years < limit {
                statuses[row] = .notRatedNew
                continue
            }
            let scale = input.scales[row]
            guard let g = groupOfScale[scale == .above ? 0 : 1] else {
                statuses[row] = .outNoGroup
                continue
            }
            // NaN (unknown land) fails `>=`, so a firm must show it holds enough land to be in scope.
            if let minimum = method.groups[g].minLandMu, !(land[row] >= minimum) {
                statuses[row] = .outLand
                continue
            }
            members[g].append(Int32(row))
        }
    }

    private struct ItemOutcome {
        var benchmark: Double?
        var firmsWithItem: Int
        var fillPoints: Double
    }

    /// Rules 2–4 for one indicator: its benchmark, each firm's points, the fill-in for firms without it.
    private static func score(
        _ indicator: EvaluationIndicator, rows: [Int32], input: EvaluationInput, missingItem: MissingItemRule,
        scores: inout [Double]
    ) -> ItemOutcome {
        let numerators = input.column(indicator.numerator)
        let denominators = input.column(indicator.denominator)
        var benchmark: Double?
        switch indicator.benchmark {
        case .fixed(let value):
            benchmark = value
        case .aggregate:
            var sumNumerator = 0.0
            var sumDenominator = 0.0
            for row in rows {
                let numerator = numerators[Int(row)]
                let denominator = denominators[Int(row)]
                if isValid(numerator, denominator) {
                    sumNumerator += numerator
                    sumDenominator += denominator
                }
            }
            if sumDenominator > 0 {
                let ratio = sumNumerator / sumDenominator
                benchmark = ratio > 0 ? ratio : nil
            }
        }

        var sumPoints = 0.0
        var count = 0
        let usable = benchmark ?? 0
        for row in rows {
            let numerator = numerators[Int(row)]
            let denominator = denominators[Int(row)]
            if isValid(numerator, denominator) {
                let points = indicator.points(value: numerator / denominator, benchmark: usable)
                scores[Int(row)] += points
                sumPoints += points
                count += 1
            }
        }
        let fill = missingItem == .groupMean && count > 0 ? sumPoints / Double(count) : 0
        if count < rows.count {
            for row in rows where !isValid(numerators[Int(row)], denominators[Int(row)]) {
                scores[Int(row)] += fill
            }
        }
        return ItemOutcome(benchmark: benchmark, firmsWithItem: count, fillPoints: fill)
    }

    /// Rule 2: numerator and denominator present, denominator above 0.
    @inline(__always)
    static func isValid(_ numerator: Double, _ denominator: Double) -> Bool {
        !numerator.isNaN && denominator > 0
    }

    /// Rule 5: rank by score descending, ties by credit code ascending; class by rank.
    private static func rank(
        _ rows: [Int32], scores: [Double], input: EvaluationInput, cutoffs: ClassCutoffs,
        ranks: inout [Int32], classes: inout [EvaluationClass]
    ) {
        var keys = rows.map { row in
            RankKey(score: descendingKey(scores[Int(row)]), creditCodeRank: input.creditCodeRank[Int(row)], row: row)
        }
        TwoThreadSort.sort(&keys)
        let last = cutoffs.lastRanks(groupSize: rows.count)
        for (position, key) in keys.enumerated() {
            let row = Int(key.row)
            let rank = position + 1
            ranks[row] = Int32(rank)
            classes[row] = rank <= last.a ? .a : rank <= last.b ? .b : rank <= last.c ? .c : .d
        }
    }

    /// Ascending order is rank order: score descending (see `descendingKey`), then credit code.
    private struct RankKey: Comparable {
        var score: UInt64
        var creditCodeRank: Int32
        var row: Int32

        static func < (a: Self, b: Self) -> Bool {
            a.score != b.score ? a.score < b.score : a.creditCodeRank < b.creditCodeRank
        }
    }

    /// An integer that sorts ascending as the score sorts descending (IEEE bits made monotonic).
    @inline(__always)
    private static func descendingKey(_ score: Double) -> UInt64 {
        let bits = (score + 0.0).bitPattern  // + 0.0 turns −0 into +0 so they tie
        let ascending = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
        return ~ascending
    }
}
