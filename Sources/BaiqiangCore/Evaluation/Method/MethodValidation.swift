extension EvaluationMethod {
    /// Checks a method document and resolves its names; the first problem found is thrown.
    public init(validating definition: MethodDefinition) throws(MethodError) {
        guard !definition.groups.isEmpty else { throw .noGroups }
        var groups: [EvaluationGroup] = []
        for group in definition.groups {
            groups.append(try Self.validate(group, existing: groups))
        }
        let notRatedFlags = try Self.flags(definition.notRated.flags, place: "not_rated")
        if let years = definition.notRated.yearsInProductionBelow, years <= 0 {
            throw .yearsNotPositive(place: "not_rated", value: years)
        }
        guard let missingItem = MissingItemRule(rawValue: definition.missingItem) else {
            throw .unknownMissingItemRule(definition.missingItem)
        }
        let cutoffs = try Self.validate(definition.classCutoffs)
        let rules = try definition.classRules.map { (rule) throws(MethodError) in try Self.validate(rule) }
        self.init(
            definition: definition, groups: groups, notRatedFlags: notRatedFlags,
            notRatedYearsBelow: definition.notRated.yearsInProductionBelow, missingItem: missingItem,
            cutoffs: cutoffs, classRules: rules)
    }

    private static func validate(_ group: GroupDefinition, existing: [EvaluationGroup]) throws(MethodError) -> EvaluationGroup {
        guard let scale = FirmScale(rawValue: group.scale) else { throw .unknownScale(group.scale) }
        guard !existing.contains(where: { $0.scale == scale }) else { throw .duplicateGroup(group.scale) }
        guard !group.indicators.isEmpty else { throw .emptyGroup(group.scale) }
        if let land = group.minLandMu, !(land >= 0) {
            throw .negativeLand(place: "groups[\(group.scale)].min_land_mu", value: land)
        }
        var indicators: [EvaluationIndicator] = []
        for item in group.indicators {
            let place = "groups[\(group.scale)].indicators[\(item.id)]"
            guard !indicators.contains(where: { $0.id == item.id }) else { throw .duplicateIndicator(place: place) }
            indicators.append(try validate(item, place: place))
        }
        return EvaluationGroup(scale: scale, minLandMu: group.minLandMu, indicators: indicators)
    }

    private static func validate(_ item: IndicatorDefinition, place: String) throws(MethodError) -> EvaluationIndicator {
        let catalogued = IndicatorCatalogue.entry(id: item.id)
        let numerator: FirmMeasure
        let denominator: FirmMeasure
        if let numeratorName = item.numerator, let denominatorName = item.denominator {
            guard let n = FirmMeasure(rawValue: numeratorName), n.evaluationColumn != nil else { throw .unknownMeasure(place: place, name: numeratorName) }
            guard let d = FirmMeasure(rawValue: denominatorName), d.evaluationColumn != nil else { throw .unknownMeasure(place: place, name: denominatorName) }
            numerator = n
            denominator = d
        } else if let catalogued {
            numerator = catalogued.numerator
            denominator = catalogued.denominator
        } else {
            throw .unknownIndicator(place: place, id: item.id)
        }
        guard item.weight > 0, item.weight.isFinite else { throw .weightNotPositive(place: place, weight: item.weight) }
        let direction: IndicatorDirection
        if let word = item.direction {
            guard let d = IndicatorDirection(rawValue: word) else { throw .unknownDirection(place: place, value: word) }
            direction = d
        } else {
            direction = .up
        }
        if let cap = item.cap, !(cap > 0 && cap.isFinite) { throw .capNotPositive(place: place, value: cap) }
        let benchmark: IndicatorBenchmark
        switch item.benchmark {
        case .aggregate:
            benchmark = .aggregate
        case .fixed(let value):
            guard value > 0, value.isFinite else { throw .benchmarkNotPositive(place: place, value: value) }
            benchmark = .fixed(value)
        }
        let name = item.name ?? catalogued?.name ?? BilingualText(zh: item.id, en: item.id)
        return EvaluationIndicator(
            id: item.id, name: name, numerator: numerator, denominator: denominator, weight: item.weight,
            direction: direction, cap: item.cap, benchmark: benchmark)
    }

    private static func validate(_ cutoffs: CutoffsDefinition) throws(MethodError) -> ClassCutoffs {
        for (name, value) in [("A", cutoffs.a), ("B", cutoffs.b), ("C", cutoffs.c)] where !(value > 0 && value <= 1) {
            throw .cutoffOutOfRange(class: name, value: value)
        }
        guard cutoffs.a < cutoffs.b, cutoffs.b < cutoffs.c else {
            throw .cutoffsNotIncreasing(a: cutoffs.a, b: cutoffs.b, c: cutoffs.c)
        }
        func partsPerMillion(_ share: Double) -> Int { Int((share * 1_000_000).rounded()) }
        return ClassCutoffs(
            aPartsPerMillion: partsPerMillion(cutoffs.a), bPartsPerMillion: partsPerMillion(cutoffs.b),
            cPartsPerMillion: partsPerMillion(cutoffs.c))
    }

    private static func validate(_ rule: ClassRuleDefinition) throws(MethodError) -> ClassRule {
        let place = "class_rules[\(rule.id)]"
        let flags = try flags(rule.flags, place: place)
        if let years = rule.yearsInProductionBelow, years <= 0 { throw .yearsNotPositive(place: place, value: years) }
        guard !flags.isEmpty || rule.yearsInProductionBelow != nil else { throw .ruleWithoutCondition(place: place) }
        var from: Set<EvaluationClass> = []
        for name in rule.from { from.insert(try ratedClass(name, place: place)) }
        let to = try ratedClass(rule.to, place: place)
        return ClassRule(
            id: rule.id, name: rule.name, flags: flags, yearsInProductionBelow: rule.yearsInProductionBelow,
            from: from, to: to)
    }

    private static func ratedClass(_ name: String, place: String) throws(MethodError) -> EvaluationClass {
        guard let value = EvaluationClass(rawValue: name) else { throw .unknownClass(place: place, name: name) }
        guard value.isRated else { throw .ruleClassNotRated(place: place, name: name) }
        return value
    }

    private static func flags(_ names: [String], place: String) throws(MethodError) -> FirmFlags {
        var flags = FirmFlags()
        for name in names {
            guard let flag = FirmFlag(rawValue: name) else { throw .unknownFlag(place: place, name: name) }
            flags.insert(FirmFlags(flag))
        }
        return flags
    }
}
