/// An investment project (招商引资项目) as a form, a file or the default data gives it: who, how
/// much, through which channel and who follows it. Its stage lives in `ProjectStageHistory`.
public struct ProjectRecord: Sendable, Hashable, Codable {
    /// The real name, confidential until signed (`ProjectNameVisibility`).
    public var name: String
    /// The codename (代号) shown to everyone else before signing.
    public var codename: String
    /// The year the project entered the pipeline: two projects of one year may not share a name.
    public var year: Int
    public var investor: String?
    /// Planned investment (亿元).
    public var investmentYi: Double
    /// Funds in place (到资, 亿元).
    public var fundsInPlaceYi: Double
    /// The investor's yearly revenue (亿元), when known: the 百亿企业 tier.
    public var investorRevenueYi: Double?
    public var channel: ProjectChannel?
    public var chainCode: String?
    public var chainNode: String?
    /// The linked city leader (挂钩领导).
    public var linkedLeader: String?
    /// The linked leader's account by sign-in name, when a file names it: the store links it
    /// and takes the account's display name as `linkedLeader`.
    public var linkedLeaderUsername: String?
    /// The lead department (牵头部门), by code.
    public var leadDepartmentCode: String?
    public var townCode: String?
    /// The project company's credit code once registered.
    public var creditCode: String?
    /// A key project (重点项目): its yearly planned and monthly completed investment are tracked.
    public var isKey: Bool

    public init(name: String, codename: String, year: Int, investmentYi: Double, fundsInPlaceYi: Double = 0,
                investor: String? = nil, investorRevenueYi: Double? = nil, channel: ProjectChannel? = nil,
                chainCode: String? = nil, chainNode: String? = nil, linkedLeader: String? = nil,
                leadDepartmentCode: String? = nil, townCode: String? = nil, creditCode: String? = nil, isKey: Bool = false,
                linkedLeaderUsername: String? = nil) {
        self.name = name
        self.codename = codename
        self.year = year
        self.investor = investor
        self.investmentYi = investmentYi
        self.fundsInPlaceYi = fundsInPlaceYi
        self.investorRevenueYi = investorRevenueYi
        self.channel = channel
        self.chainCode = chainCode
        self.chainNode = chainNode
        self.linkedLeader = linkedLeader
        self.linkedLeaderUsername = linkedLeaderUsername
        self.leadDepartmentCode = leadDepartmentCode
        self.townCode = townCode
        self.creditCode = creditCode
        self.isKey = isKey
    }

    public var tier: ProjectTier { ProjectTier(investmentYi: investmentYi, investorRevenueYi: investorRevenueYi) }
}
