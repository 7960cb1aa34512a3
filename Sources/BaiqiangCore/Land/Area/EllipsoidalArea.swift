import Foundation

/// The area of a parcel on the CGCS2000 ellipsoid (椭球面积). The polygon is mapped by the
/// ellipsoidal cylindrical equal-area projection, where areas are true, and measured there by
/// the shoelace formula. Edges are straight in that projection rather than geodesics, which for
/// a parcel's edges of up to a few kilometres changes nothing a land register records.
public enum EllipsoidalArea {
    public static func area(of geometry: ParcelGeometry, on ellipsoid: Ellipsoid = .cgcs2000) -> LandArea {
        var total = 0.0
        for polygon in geometry.polygons {
            for (index, ring) in polygon.rings.enumerated() {
                let ringArea = abs(planarArea(of: ring, on: ellipsoid))
                total += index == 0 ? ringArea : -ringArea
            }
        }
        return LandArea(squareMetres: total)
    }

    /// The signed area of one ring (longitude-latitude degrees) in the equal-area projection.
    static func planarArea(of ring: Ring, on ellipsoid: Ellipsoid) -> Double {
        guard ring.count > 2 else { return 0 }
        let radians = Double.pi / 180
        let projected = ring.map { position in
            (ellipsoid.a * position.longitude * radians,
             ellipsoid.a * authalicQ(latitude: position.latitude * radians, ellipsoid: ellipsoid) / 2)
        }
        // Measured from the first corner: the projected numbers are in the millions of metres
        // and a parcel's area is their small difference.
        let (x0, y0) = projected[0]
        var sum = 0.0
        for i in 0..<(projected.count - 1) {
            let (x1, y1) = (projected[i].0 - x0, projected[i].1 - y0)
            let (x2, y2) = (projected[i + 1].0 - x0, projected[i + 1].1 - y0)
            sum += x1 * y2 - x2 * y1
        }
        return sum / 2
    }

    /// q(φ), the authalic function: the equal-area projection's northing is a·q/2.
    static func authalicQ(latitude phi: Double, ellipsoid: Ellipsoid) -> Double {
        let e2 = ellipsoid.eccentricitySquared
        let e = ellipsoid.eccentricity
        let s = sin(phi)
        return (1 - e2) * (s / (1 - e2 * s * s) - log((1 - e * s) / (1 + e * s)) / (2 * e))
    }
}
