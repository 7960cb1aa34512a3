import Foundation

/// The Gauss–Krüger projection (高斯-克吕格投影): transverse Mercator with scale 1 on the
/// central meridian, the form China's surveys use. Inverse only: surveyed coordinates come in,
/// longitude-latitude is what the platform keeps. Krüger's series in the third flattening to
/// the fourth order, which stays far below a millimetre within a 3-degree zone.
public struct TransverseMercator: Sendable, Hashable {
    public let ellipsoid: Ellipsoid
    public let centralMeridian: Double
    public let falseEasting: Double
    public let falseNorthing: Double
    public let scale: Double

    public init(ellipsoid: Ellipsoid, centralMeridian: Double, falseEasting: Double = 500_000,
                falseNorthing: Double = 0, scale: Double = 1) {
        self.ellipsoid = ellipsoid
        self.centralMeridian = centralMeridian
        self.falseEasting = falseEasting
        self.falseNorthing = falseNorthing
        self.scale = scale
    }

    /// Longitude and latitude in degrees of the point at `easting`, `northing` (metres).
    public func geographic(easting: Double, northing: Double) -> Position {
        let n = ellipsoid.thirdFlattening
        let n2 = n * n, n3 = n2 * n, n4 = n3 * n
        // The rectifying radius: a meridian arc of angle x is A·x long.
        let rectifyingRadius = ellipsoid.a / (1 + n) * (1 + n2 / 4 + n4 / 64)
        let beta = [
            n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360,
            n2 / 48 + n3 / 15 - 437 * n4 / 1440,
            17 * n3 / 480 - 37 * n4 / 840,
            4397 * n4 / 161_280,
        ]
        let xi = (northing - falseNorthing) / (scale * rectifyingRadius)
        let eta = (easting - falseEasting) / (scale * rectifyingRadius)
        var xiPrime = xi, etaPrime = eta
        for (index, coefficient) in beta.enumerated() {
            let j = Double(2 * (index + 1))
            xiPrime -= coefficient * sin(j * xi) * cosh(j * eta)
            etaPrime -= coefficient * cos(j * xi) * sinh(j * eta)
        }
        let conformalLatitude = asin(sin(xiPrime) / cosh(etaPrime))
        let longitude = centralMeridian + atan2(sinh(etaPrime), cos(xiPrime)) * 180 / .pi
        let latitude = Self.geodeticLatitude(conformal: conformalLatitude, eccentricity: ellipsoid.eccentricity)
        return Position(longitude: longitude, latitude: latitude * 180 / .pi)
    }

    /// The geodetic latitude (radians) whose conformal latitude is `chi`, by fixed-point
    /// iteration; the eccentricity is small, so it settles to machine precision in a few steps.
    static func geodeticLatitude(conformal chi: Double, eccentricity e: Double) -> Double {
        let t = tan(.pi / 4 + chi / 2)
        var phi = chi
        for _ in 0..<30 {
            let s = e * sin(phi)
            let next = 2 * atan(t * pow((1 + s) / (1 - s), e / 2)) - .pi / 2
            if abs(next - phi) < 1e-15 { return next }
            phi = next
        }
        return phi
    }
}
