/// What the ladder needs to know of a firm: its registrations, its IPO status and its yearly
/// figures (any order; at most one per year).
public struct LadderFirm: Sendable, Hashable {
    public var creditCode: String
    public var name: String
    public var history: LadderHistory
    public var listing: ListingStatus?
    public var figures: [EnterpriseYearFigures]
    /// The year the firm started operating (开业年份), when known: it tells a new plant that
    /// enters the directory at once from a firm whose earlier figures are simply missing.
    public var startYear: Int?

    public init(
        creditCode: String, name: String, history: LadderHistory, listing: ListingStatus? = nil,
        figures: [EnterpriseYearFigures] = [], startYear: Int? = nil
    ) {
        self.creditCode = creditCode
        self.name = name
        self.history = history
        self.listing = listing
        self.figures = figures
        self.startYear = startYear
    }

    public func figures(in year: Int) -> EnterpriseYearFigures? {
        figures.first { $0.year == year }
    }

    /// Listed by the end of `year`, by its registration history or its listing status.
    public func isListed(atEndOf year: Int) -> Bool {
        if history.isListed(atEndOf: year) { return true }
        if case .listed(let since, _) = listing { return since <= year }
        return false
    }

    /// The highest rung the firm stood on at the end of `year`; nil before it was registered.
    public func stage(atEndOf year: Int) -> LadderStage? {
        if isListed(atEndOf: year) { return .listed }
        if history.isJointStock(atEndOf: year) { return .jointStock }
        if figures(in: year)?.aboveScale == true { return .aboveScale }
        if history.isCompany(atEndOf: year) { return .company }
        if history.isIndividual(atEndOf: year) { return .individual }
        return nil
    }
}
