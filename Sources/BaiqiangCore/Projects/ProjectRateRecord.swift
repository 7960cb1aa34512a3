/// What the pipeline's rates need to know of one project.
public struct ProjectRateRecord: Sendable, Hashable {
    public let history: ProjectStageHistory
    /// Planned investment (亿元).
    public let investmentYi: Double
    /// Funds in place (到资, 亿元).
    public let fundsInPlaceYi: Double
    /// 以商引商 / 中介招商 / 专班招商 / 产业链招商, by code.
    public let channel: String?
    public let chainCode: String?
    public let townCode: String?

    public init(history: ProjectStageHistory, investmentYi: Double, fundsInPlaceYi: Double,
                channel: String? = nil, chainCode: String? = nil, townCode: String? = nil) {
        self.history = history
        self.investmentYi = investmentYi
        self.fundsInPlaceYi = fundsInPlaceYi
        self.channel = channel
        self.chainCode = chainCode
        self.townCode = townCode
    }

    /// The year of signing, by which rates are counted.
    public var signedYear: Int? { history.signedOn?.year }
}
