/// A key project's (重点项目) investment for a year: what the year's plan asks and what has been
/// completed so far this year, in 亿元.
public struct KeyProjectInvestment: Sendable, Hashable, Codable {
    public let plannedYi: Double
    public let completedYi: Double

    public init(plannedYi: Double, completedYi: Double) {
        self.plannedYi = plannedYi
        self.completedYi = completedYi
    }
}
