/// Which low-efficiency rules fire on a parcel on a given day, and with what values.
public enum LowEfficiencyEvaluator {
    public static func findings(_ facts: ParcelFacts, rules: [LowEfficiencyRule], on date: LocalDate) -> [RuleFinding] {
        var found: [RuleFinding] = []
        for rule in rules {
            if let reason = reason(rule.test, facts, date) {
                found.append(RuleFinding(ruleID: rule.id, name: rule.name, reason: reason))
            }
        }
        return found
    }

    /// Why `test` fires, or nil when it does not (or when the fact it needs is not known).
    static func reason(_ test: LowEfficiencyRule.Test, _ facts: ParcelFacts, _ date: LocalDate) -> RuleFinding.Reason? {
        switch test {
        case .holderClassD:
            return facts.holderClass == .d ? .holderClassD : nil
        case .taxPerMuBelow(let threshold):
            guard let tax = facts.holderTaxPerMuWan, tax < threshold else { return nil }
            return .taxPerMu(tax, threshold: threshold)
        case .plotRatioBelow(let minimum):
            guard let ratio = facts.plotRatio else { return nil }
            if ratio < minimum { return .plotRatioBelowMinimum(ratio, minimum: minimum) }
            if let committed = facts.committedPlotRatio, ratio < committed { return .plotRatioBelowCommitted(ratio, committed: committed) }
            return nil
        case .idle(let years):
            // 满一年: idle from the anniversary itself, as long as building has not begun by `date`.
            guard let start = facts.contractedStart, date >= start.addingYears(years) else { return nil }
            if let actual = facts.actualStart, actual <= date { return nil }
            return .idle(contractedStart: start, years: years)
        case .approvedNotSupplied(let years):
            // More than N years: from the day after the N-th anniversary.
            guard let since = facts.approvedNotSuppliedSince, date > since.addingYears(years) else { return nil }
            return .approvedNotSupplied(since: since, years: years)
        case .standardLandUnmet:
            let unmet = facts.standardLandChecks.filter { check in check.actual.map { $0 < check.committed } ?? false }
            return unmet.isEmpty ? nil : .standardLandUnmet(unmet)
        }
    }
}

extension RuleFinding.Reason {
    var text: BilingualText {
        switch self {
        case .holderClassD:
            BilingualText(zh: "权属企业最新公布的亩均效益评价为 D 类", en: "the holder's latest published evaluation class is D")
        case .taxPerMu(let tax, let threshold):
            BilingualText(zh: "亩均税收 \(Self.rounded(tax)) 万元/亩，低于 \(Self.rounded(threshold)) 万元/亩",
                          en: "tax per mu \(Self.rounded(tax)) 万元/mu, below \(Self.rounded(threshold))")
        case .plotRatioBelowMinimum(let ratio, let minimum):
            BilingualText(zh: "容积率 \(Self.rounded(ratio))，低于 \(Self.rounded(minimum))",
                          en: "plot ratio \(Self.rounded(ratio)), below \(Self.rounded(minimum))")
        case .plotRatioBelowCommitted(let ratio, let committed):
            BilingualText(zh: "容积率 \(Self.rounded(ratio))，低于合同约定的 \(Self.rounded(committed))",
                          en: "plot ratio \(Self.rounded(ratio)), below the committed \(Self.rounded(committed))")
        case .idle(let start, let years):
            BilingualText(zh: "约定 \(start) 动工，满 \(years) 年未动工",
                          en: "construction was due to start on \(start) and has not started \(years) year(s) later")
        case .approvedNotSupplied(let since, let years):
            BilingualText(zh: "自 \(since) 批而未供超过 \(years) 年",
                          en: "approved but not supplied since \(since), more than \(years) year(s)")
        case .standardLandUnmet(let unmet):
            {
                let list = unmet.map { "\($0.indicator) \(Self.rounded($0.actual ?? 0)) < \(Self.rounded($0.committed))" }.joined(separator: ", ")
                return BilingualText(zh: "标准地承诺未达标：\(list)", en: "standard-land commitments not met: \(list)")
            }()
        }
    }

    private static func rounded(_ value: Double) -> String {
        let r = (value * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

extension LocalDate {
    /// The same day `years` later; 29 February becomes 28 February in a common year.
    func addingYears(_ years: Int) -> LocalDate {
        LocalDate(year: year + years, month: month, day: day)
            ?? LocalDate(year: year + years, month: month, day: day - 1)!
    }
}
