import Foundation

/// A reference ellipsoid (参考椭球) by its semi-major axis and flattening.
public struct Ellipsoid: Sendable, Hashable {
    /// Semi-major axis in metres.
    public let a: Double
    /// Flattening f (the file format's 1/f inverted).
    public let f: Double

    public init(a: Double, inverseFlattening: Double) {
        self.a = a
        self.f = 1 / inverseFlattening
    }

    /// CGCS2000 (2000 国家大地坐标系), EPSG:1024.
    public static let cgcs2000 = Ellipsoid(a: 6_378_137, inverseFlattening: 298.257222101)

    /// First eccentricity squared, e².
    public var eccentricitySquared: Double { f * (2 - f) }
    public var eccentricity: Double { eccentricitySquared.squareRoot() }
    /// Third flattening n = f / (2 − f), the small quantity of the Krüger series.
    public var thirdFlattening: Double { f / (2 - f) }
}
