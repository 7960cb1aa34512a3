/// An industry class of the demo county (GB/T 4754-2017 four-digit class, 小类) with the
/// ratios the generator gives its firms. The ratios are plausible magnitudes for a demo, chosen
/// so that county aggregates land near the per-mu benchmarks of DOMAIN.md §2 (VA per tce ≈ 2.7,
/// VA per tonne of emissions ≈ 5000, VA per worker ≈ 18万元, tax per mu ≈ 24万元); they are
/// not statistics of any real industry.
public struct DemoIndustry: Sendable, Hashable {
    /// GB/T 4754-2017 class code, e.g. "3825".
    public let code: String
    /// The class name in the standard, e.g. "光伏设备及元器件制造".
    public let name: String
    public let sector: StrategicSector
    /// Relative share of the county's firms in this class.
    let weight: Double
    /// Median revenue relative to the county's median firm.
    let sizeFactor: Double
    /// Value added over output (增加值率).
    let valueAddedRatio: Double
    /// Tax paid over revenue.
    let taxRate: Double
    /// Energy use over output, tce per 万元.
    let energyPerOutput: Double
    /// Share of the energy bought as electricity (the rest gas, coal, oil).
    let electricityShare: Double
    /// Main pollutant emissions per tce, relative to the county average (0.00055 t/tce).
    let emissionFactor: Double
    /// R&D spending over revenue for a firm that does research.
    let rdIntensity: Double
    /// Value added per worker, 万元.
    let valueAddedPerStaff: Double
    /// Output per mu of land held, 万元.
    let outputPerMu: Double
    /// Trade words for company names (行业用语), e.g. "光伏科技".
    let nameWords: [String]

    /// A class with its ratios (see the properties); public so another county can bring its own mix.
    public init(
        _ code: String, _ name: String, _ sector: StrategicSector, weight: Double, size: Double, va: Double, tax: Double,
        energy: Double, electricity: Double, emission: Double, rd: Double, vaPerStaff: Double, outputPerMu: Double, words: [String]
    ) {
        self.code = code
        self.name = name
        self.sector = sector
        self.weight = weight
        self.sizeFactor = size
        self.valueAddedRatio = va
        self.taxRate = tax
        self.energyPerOutput = energy
        self.electricityShare = electricity
        self.emissionFactor = emission
        self.rdIntensity = rd
        self.valueAddedPerStaff = vaPerStaff
        self.outputPerMu = outputPerMu
        self.nameWords = words
    }
}
