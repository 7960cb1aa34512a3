/// What pages and charts ask of a run.
extension EvaluationResult {
    /// The summary of the group for `scale`; nil when the method has no such group.
    public func group(for scale: FirmScale) -> GroupSummary? {
        method.groupIndex(for: scale).map { groups[$0] }
    }

    /// The explanation for a firm by credit code; nil when it was not in the input.
    public func explanation(creditCode: String) -> FirmExplanation? {
        input.row(creditCode: creditCode).map { explanation(row: $0) }
    }

    /// Class counts per value of a category column, e.g. `classCounts(by: input.towns)` for the
    /// distribution by town (按镇街分布) or `input.industries` by industry.
    public func classCounts(by column: CategoryColumn) -> [String: [EvaluationClass: Int]] {
        precondition(column.count == count, "the column must belong to this run's input")
        var counts = [[EvaluationClass: Int]](repeating: [:], count: column.categories.count)
        for row in 0..<count {
            counts[Int(column.codes[row])][classes[row], default: 0] += 1
        }
        var byName: [String: [EvaluationClass: Int]] = [:]
        for (index, perClass) in counts.enumerated() where !perClass.isEmpty {
            byName[column.categories[index]] = perClass
        }
        return byName
    }
}
