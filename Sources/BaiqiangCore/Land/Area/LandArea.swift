/// An area of land, stored in square metres (平方米) and shown in mu (亩) and hectares (公顷).
public struct LandArea: Sendable, Hashable, Comparable, Codable {
    /// 1 公顷 = 15 亩 exactly, so 1 亩 = 10000/15 m² (the 666.67 m² usually quoted, unrounded).
    public static let squareMetresPerMu = 10_000.0 / 15
    public static let squareMetresPerHectare = 10_000.0

    public var squareMetres: Double

    public init(squareMetres: Double) {
        self.squareMetres = squareMetres
    }

    public init(mu: Double) {
        self.squareMetres = mu * Self.squareMetresPerMu
    }

    public init(hectares: Double) {
        self.squareMetres = hectares * Self.squareMetresPerHectare
    }

    public var mu: Double { squareMetres / Self.squareMetresPerMu }
    public var hectares: Double { squareMetres / Self.squareMetresPerHectare }

    public static func < (a: LandArea, b: LandArea) -> Bool { a.squareMetres < b.squareMetres }
}
