/// The rates a county reports on its investment pipeline (招商项目指标), over the projects signed
/// in a period. Every rate's denominator is the signed projects (签约项目) of the group; a rate
/// over none is nil, not 0. DOMAIN.md §9 names 履约率, 落地率, 开工率 and 资金到位率 (Yunnan 2015
/// reported 82 / 32 / 41 / 13.8%) without their formulas, so the definitions below are the
/// platform's.
public struct ProjectRates: Sendable, Hashable {
    /// Projects signed (签约项目数).
    public let signedCount: Int
    /// Planned investment of the signed projects (签约金额, 亿元).
    public let signedValueYi: Double
    /// Signed projects of 10亿 or more (十亿项目数, `ProjectTier`).
    public let tenYiProjectCount: Int

    /// 履约率 (performance rate): signed projects not dropped afterwards ÷ signed projects.
    public let performanceRate: Double?
    /// 落地率 (landing rate): signed projects that registered their company (注册 or later)
    /// ÷ signed projects.
    public let landingRate: Double?
    /// 开工率 (start rate): signed projects that started construction (开工 or later) ÷ signed
    /// projects. (Heshan's "12 new starts, 50%" divides by the projects planned to start instead.)
    public let startRate: Double?
    /// 资金到位率 (funds-in-place rate): Σ funds in place (到资) ÷ Σ planned investment of the
    /// signed projects.
    public let fundsInPlaceRate: Double?
    /// 投产率 (production rate): signed projects producing (投产 or later) ÷ signed projects.
    public let productionRate: Double?

    public init(_ records: [ProjectRateRecord]) {
        let signed = records.filter { $0.history.wasSigned }
        let count = signed.count
        func share(_ test: (ProjectRateRecord) -> Bool) -> Double? {
            count == 0 ? nil : Double(signed.filter(test).count) / Double(count)
        }
        signedCount = count
        signedValueYi = signed.reduce(0) { $0 + $1.investmentYi }
        tenYiProjectCount = signed.filter {
            ProjectTier(investmentYi: $0.investmentYi, investorRevenueYi: nil).isTenYiProject
        }.count
        performanceRate = share { $0.history.current != .terminated }
        landingRate = share { $0.history.reached(.registered) }
        startRate = share { $0.history.reached(.started) }
        productionRate = share { $0.history.reached(.producing) }
        let funds = signed.reduce(0) { $0 + $1.fundsInPlaceYi }
        fundsInPlaceRate = signedValueYi > 0 ? funds / signedValueYi : nil
    }

    /// The ways rates are broken down.
    public enum Grouping: Sendable, Hashable {
        /// By the year of signing.
        case year
        case channel
        case chain
        case town
    }

    /// The rates of each group (projects without the grouping's value are left out), keyed by
    /// the year as text, the channel, chain or town code.
    public static func grouped(_ records: [ProjectRateRecord], by grouping: Grouping) -> [String: ProjectRates] {
        let keyed = Dictionary(grouping: records.compactMap { record -> (String, ProjectRateRecord)? in
            let key: String? = switch grouping {
            case .year: record.signedYear.map(String.init)
            case .channel: record.channel
            case .chain: record.chainCode
            case .town: record.townCode
            }
            return key.map { ($0, record) }
        }, by: { $0.0 })
        return keyed.mapValues { ProjectRates($0.map { $0.1 }) }
    }
}
