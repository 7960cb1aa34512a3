/// Which low-efficiency rules fire on a parcel on a given day, and with what values.
public enum LowEfficiencyEvaluator {
    public static func findings(_ facts: ParcelFacts, rules: [LowEfficiencyRule], on date: LocalDate) -> [RuleFinding] {
        rules.compactMap { rule in
            detail(rule.test, facts, date).map { RuleFinding(ruleID: rule.id, name: rule.name, detail: $0) }
        }
    }

    /// Why `test` fires, or nil when it does not (or when the fact it needs is not known).
    static func detail(_ test: LowEfficiencyRule.Test, _ facts: ParcelFacts, _ date: LocalDate) -> BilingualText? {
        switch test {
        case .holderClassD:
            guard facts.holderClass == .d else { return nil }
            return BilingualText(zh: "权属企业最新公布的亩均效益评价为 D 类", en: "the holder's latest published evaluation class is D")
        case .taxPerMuBelow(let threshold):
            guard let tax = facts.holderTaxPerMuWan, tax < threshold else { return nil }
            return BilingualText(zh: "亩均税收 \(rounded(tax)) 万元/亩，低于 \(rounded(threshold)) 万元/亩",
                                 en: "tax per mu \(rounded(tax)) 万元/mu, below \(rounded(threshold))")
        case .plotRatioBelow(let minimum):
            guard let ratio = facts.plotRatio else { return nil }
            if ratio < minimum {
                return BilingualText(zh: "容积率 \(rounded(ratio))，低于 \(rounded(minimum))",
                                     en: "plot ratio \(rounded(ratio)), below \(rounded(minimum))")
            }
            if let committed = facts.committedPlotRatio, ratio < committed {
                return BilingualText(zh: "容积率 \(rounded(ratio))，低于合同约定的 \(rounded(committed))",
                                     en: "plot ratio \(rounded(ratio)), below the committed \(rounded(committed))")
            }
            return nil
        case .idle(let years):
            // 满一年: idle from the anniversary itself, as long as building has not begun by `date`.
            guard let start = facts.contractedStart, date >= start.addingYears(years) else { return nil }
            if let actual = facts.actualStart, actual <= date { return nil }
            return BilingualText(zh: "约定 \(start) 动工，满 \(years) 年未动工",
                                 en: "construction was due to start on \(start) and has not started \(years) year(s) later")
        case .approvedNotSupplied(let years):
            // More than N years: from the day after the N-th anniversary.
            guard let since = facts.approvedNotSuppliedSince, date > since.addingYears(years) else { return nil }
            return BilingualText(zh: "自 \(since) 批而未供超过 \(years) 年",
                                 en: "approved but not supplied since \(since), more than \(years) year(s)")
        case .standardLandUnmet:
            let unmet = facts.standardLandChecks.filter { check in check.actual.map { $0 < check.committed } ?? false }
            guard !unmet.isEmpty else { return nil }
            let list = unmet.map { "\($0.indicator) \(rounded($0.actual ?? 0)) < \(rounded($0.committed))" }.joined(separator: ", ")
            return BilingualText(zh: "标准地承诺未达标：\(list)", en: "standard-land commitments not met: \(list)")
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
