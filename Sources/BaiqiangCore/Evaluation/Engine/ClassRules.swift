/// Rule 6: vetoes and protections applied in the method's order to the class by rank.
enum ClassRules {
    struct Outcome {
        var final: EvaluationClass
        /// Each rule that changed the class, with the class before and after.
        var changes: [(rule: ClassRule, from: EvaluationClass, to: EvaluationClass)]
    }

    /// The final class alone, without recording changes: the engine's per-firm path.
    @inline(__always)
    static func finalClass(
        _ rules: [ClassRule], rankClass: EvaluationClass, flags: FirmFlags, yearsInProduction: Int?
    ) -> EvaluationClass {
        var current = rankClass
        for rule in rules where rule.changes(current) && rule.applies(flags: flags, yearsInProduction: yearsInProduction) {
            current = rule.to
        }
        return current
    }

    static func apply(
        _ rules: [ClassRule], to rankClass: EvaluationClass, flags: FirmFlags, yearsInProduction: Int?
    ) -> Outcome {
        var current = rankClass
        var changes: [(rule: ClassRule, from: EvaluationClass, to: EvaluationClass)] = []
        for rule in rules where rule.changes(current) && rule.applies(flags: flags, yearsInProduction: yearsInProduction) {
            if rule.to != current { changes.append((rule, current, rule.to)) }
            current = rule.to
        }
        return Outcome(final: current, changes: changes)
    }
}
