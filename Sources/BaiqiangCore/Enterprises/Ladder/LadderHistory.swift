/// The years a firm reached the rungs that are legal events (registrations), as the registry
/// records them. Reaching above scale is not recorded here: it is read from the yearly figures,
/// because the statistics bureau decides it afresh every year.
public struct LadderHistory: Sendable, Hashable, Codable {
    /// Registered as a sole trader (个体工商户登记); nil when the firm never was one.
    public var individualSince: Int?
    /// Registered as an enterprise (企业登记), whether founded so or converted (个转企).
    public var companySince: Int?
    /// Converted into a joint-stock company (股份有限公司变更登记).
    public var jointStockSince: Int?
    /// Shares listed (上市).
    public var listedSince: Int?

    public init(individualSince: Int? = nil, companySince: Int? = nil, jointStockSince: Int? = nil, listedSince: Int? = nil) {
        self.individualSince = individualSince
        self.companySince = companySince
        self.jointStockSince = jointStockSince
        self.listedSince = listedSince
    }

    /// Whether the firm was a registered enterprise (not a sole trader) at the end of `year`.
    public func isCompany(atEndOf year: Int) -> Bool { companySince.map { $0 <= year } ?? false }

    public func isJointStock(atEndOf year: Int) -> Bool { jointStockSince.map { $0 <= year } ?? false }

    public func isListed(atEndOf year: Int) -> Bool { listedSince.map { $0 <= year } ?? false }

    /// Still a sole trader at the end of `year` (registered as one and not yet converted).
    public func isIndividual(atEndOf year: Int) -> Bool {
        guard let since = individualSince, since <= year else { return false }
        return !isCompany(atEndOf: year)
    }
}
