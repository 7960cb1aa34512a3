/// The demo county (演示数据) behind `baiqiang demo [--firms N] [--seed S]`: a realistic,
/// generated county for Heshan, the same for the same seed.
///
/// Built for a million firms: nothing is stored. `firm(at:)` makes any firm from a hash of
/// (seed, index) alone, so the app writes firms in batches without holding them all, and
/// batches can be made on several threads. The first indices are the firms the plan names
/// (with only the plan's statements); the rest are generated.
public struct DemoCounty: Sendable {
    /// The years with figures.
    public static let years = 2021...2025
    public static let defaultFirmCount = 1500
    public static let maximumFirmCount = 1_000_000

    public struct Invalid: BilingualError, Equatable {
        public let message: BilingualText
    }

    public let seed: UInt64
    public let firmCount: Int
    /// The prefix of generated company names (行政区划), e.g. "鹤山市".
    public let countyName: String
    public let towns: [DemoTown]
    public let industries: [DemoIndustry]
    public let planFirms: [NamedPlanFirm]

    let townWeights: [Double]
    let townWeightTotal: Double
    let industryWeights: [Double]
    let industryWeightTotal: Double
    let tradeNames: DemoTradeNames

    /// Heshan by default. Fails for a firm count outside 1…1,000,000 or empty town or
    /// industry lists.
    public init(
        seed: UInt64 = 2022, firmCount: Int = DemoCounty.defaultFirmCount, countyName: String = "鹤山市",
        towns: [DemoTown] = DemoTown.heshan, industries: [DemoIndustry] = DemoIndustry.catalogue,
        planFirms: [NamedPlanFirm] = NamedPlanFirm.heshan2022
    ) throws(Invalid) {
        guard (1...Self.maximumFirmCount).contains(firmCount) else {
            throw Invalid(message: BilingualText(
                zh: "演示企业数应在 1 至 \(Self.maximumFirmCount) 之间，实为 \(firmCount)",
                en: "The demo firm count must be 1 to \(Self.maximumFirmCount), not \(firmCount)"))
        }
        guard !towns.isEmpty, !industries.isEmpty else {
            throw Invalid(message: BilingualText(zh: "演示县须至少有一个镇街和一个行业", en: "A demo county needs at least one town and one industry"))
        }
        self.seed = seed
        self.firmCount = firmCount
        self.countyName = countyName
        self.towns = towns
        self.industries = industries
        self.planFirms = planFirms
        townWeights = towns.map(\.weight)
        townWeightTotal = townWeights.reduce(0, +)
        industryWeights = industries.map(\.weight)
        industryWeightTotal = industryWeights.reduce(0, +)
        tradeNames = DemoTradeNames(seed: seed)
    }

    /// All indices, for iteration.
    public var indices: Range<Int> { 0..<firmCount }

    /// The firm at `index` (0..<firmCount). Pure: the same county and index give the same firm.
    public func firm(at index: Int) -> DemoFirm {
        precondition(indices.contains(index), "demo firm index \(index) outside 0..<\(firmCount)")
        if index < planFirms.count {
            return namedFirm(at: index)
        }
        return generatedFirm(at: index, ordinal: index - planFirms.count)
    }

    /// The firms in `range`, in order.
    public func firms(in range: Range<Int>) -> [DemoFirm] {
        range.clamped(to: indices).map(firm(at:))
    }

    /// Consecutive index ranges of at most `size` covering the county: the unit of a batched
    /// write.
    public func batches(of size: Int) -> [Range<Int>] {
        precondition(size > 0)
        return stride(from: 0, to: firmCount, by: size).map { $0..<min($0 + size, firmCount) }
    }

    /// The firms in `range`, made on up to `parallelism` tasks at once; same result as
    /// `firms(in:)`.
    public func firmsConcurrently(in range: Range<Int>, parallelism: Int = 4) async -> [DemoFirm] {
        let range = range.clamped(to: indices)
        let chunk = max(1, (range.count + parallelism - 1) / max(1, parallelism))
        let parts = stride(from: range.lowerBound, to: range.upperBound, by: chunk).map { $0..<min($0 + chunk, range.upperBound) }
        let county = self
        return await withTaskGroup(of: (Int, [DemoFirm]).self) { group in
            for (position, part) in parts.enumerated() {
                group.addTask { (position, county.firms(in: part)) }
            }
            var results = [[DemoFirm]](repeating: [], count: parts.count)
            for await (position, firms) in group { results[position] = firms }
            return results.flatMap { $0 }
        }
    }

    // MARK: Making one firm

    private func namedFirm(at index: Int) -> DemoFirm {
        let planFirm = planFirms[index]
        return DemoFirm(
            index: index, creditCode: DemoCreditCodes.planPlaceholder(index + 1), creditCodeIsPlaceholder: true,
            name: planFirm.name, isDemo: true, planFirm: planFirm, townCode: nil, industryCode: nil, address: nil,
            startYear: nil, contact: nil, designations: [], history: LadderHistory(),
            listing: planFirm.roles.contains(.ipoPipeline) ? .inPipeline : nil,
            yearly: [], startMonth: 1, monthlySeed: 0)
    }

    private func generatedFirm(at index: Int, ordinal: Int) -> DemoFirm {
        let profile = DemoFirmProfile(county: self, index: index)
        let designations = DemoDesignations.draw(profile, seed: seed, index: index)
        let (history, listing) = DemoLadder.draw(profile, seed: seed, index: index)
        let lastYear = Self.years.upperBound
        let soleTrader = history.isIndividual(atEndOf: lastYear)
        let creditCode = DemoCreditCodes.generated(ordinal: ordinal, seed: seed, soleTrader: soleTrader)
        let yearly = DemoYearlyFigures.draw(
            profile, designations: designations, history: history, creditCode: creditCode, seed: seed, index: index)

        var rng = SplitMix64(seed: seed, index: UInt64(index), stream: 5)
        let word = profile.industry.nameWords[rng.integer(0...(profile.industry.nameWords.count - 1))]
        let form = soleTrader ? "厂" : history.isJointStock(atEndOf: lastYear) ? "股份有限公司" : "有限公司"
        let name = countyName + tradeNames.name(ordinal) + word + form
        let road = profile.town.roads[rng.integer(0...(profile.town.roads.count - 1))]
        let address = "\(countyName)\(profile.town.name)\(road)\(rng.integer(1...388))号"
        let contact = rng.chance(0.8) ? DemoContact.generate(&rng) : nil

        return DemoFirm(
            index: index, creditCode: creditCode, creditCodeIsPlaceholder: false, name: name, isDemo: true,
            planFirm: nil, townCode: profile.town.code, industryCode: profile.industry.code, address: address,
            startYear: profile.startYear, contact: contact, designations: designations, history: history,
            listing: listing, yearly: yearly, startMonth: profile.startMonth,
            monthlySeed: SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(index))))
    }
}
