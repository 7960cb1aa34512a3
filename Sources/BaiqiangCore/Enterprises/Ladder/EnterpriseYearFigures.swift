/// One firm's figures for one year (年度数据), keyed by `YearlyFigure`. A figure that was not
/// reported, or not read from the database, is nil: missing, which is not the same as 0 (the
/// evaluation, the registry's counts and the ladder treat a missing figure as unknown).
public struct EnterpriseYearFigures: Sendable, Hashable {
    /// 统一社会信用代码.
    public var creditCode: String
    public var year: Int
    /// 规上: in the statistics bureau's above-scale directory that year.
    public var aboveScale: Bool
    /// One slot per `YearlyFigure`, at its `position`.
    private var values: [Double?]

    public init(creditCode: String, year: Int, aboveScale: Bool, figures: [YearlyFigure: Double] = [:]) {
        self.creditCode = creditCode
        self.year = year
        self.aboveScale = aboveScale
        values = Array(repeating: nil, count: YearlyFigure.allCases.count)
        for (figure, value) in figures { self[figure] = value }
    }

    /// The figure's value, nil when missing. A whole-number figure (`isInteger`) is stored as
    /// the nearest whole number.
    public subscript(figure: YearlyFigure) -> Double? {
        get { values[figure.position] }
        set { values[figure.position] = figure.isInteger ? newValue?.rounded() : newValue }
    }

    /// A whole-number figure (staff) as an integer, nil when missing.
    public func integer(_ figure: YearlyFigure) -> Int? {
        self[figure].map { Int($0) }
    }

    /// The figures that are present, in `YearlyFigure` order.
    public var present: [(figure: YearlyFigure, value: Double)] {
        YearlyFigure.allCases.compactMap { figure in self[figure].map { (figure, $0) } }
    }
}
