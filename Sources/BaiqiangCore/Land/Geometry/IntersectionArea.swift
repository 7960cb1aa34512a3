import Foundation

/// The area two parcels have in common (重叠面积), in square metres on the CGCS2000 ellipsoid.
///
/// Both shapes are mapped by the same equal-area projection as `EllipsoidalArea`, around a
/// common origin. The boundary of the intersection is made of the pieces of each shape's
/// boundary that lie inside the other, so its area is the sum, over those pieces, of the
/// shoelace terms (Green's theorem); no polygon is clipped. Exteriors are turned
/// counterclockwise and holes clockwise first. A piece lying on the other's boundary counts
/// once when both run the same way (one shape's edge along the other's) and not at all when they
/// run opposite ways (two neighbours sharing an edge), so parcels that only touch have none in
/// common.
public enum IntersectionArea {
    public static func squareMetres(_ a: ParcelGeometry, _ b: ParcelGeometry, on ellipsoid: Ellipsoid = .cgcs2000) -> Double {
        guard let origin = a.allPositions.first else { return 0 }
        let pa = project(a, origin: origin, ellipsoid: ellipsoid)
        let pb = project(b, origin: origin, ellipsoid: ellipsoid)
        let sum = boundaryTerms(of: pa, inside: pb, countingSharedEdges: true)
            + boundaryTerms(of: pb, inside: pa, countingSharedEdges: false)
        return max(0, sum / 2)
    }

    struct Point { var x: Double; var y: Double }
    /// Polygons, each a list of rings without the closing point, exterior first.
    typealias Shape = [[[Point]]]

    /// Distances below this (metres) are a point on an edge: far below a survey's precision,
    /// far above the rounding of the projected numbers.
    static let onEdge = 1e-6

    static func project(_ geometry: ParcelGeometry, origin: Position, ellipsoid: Ellipsoid) -> Shape {
        let radians = Double.pi / 180
        let q0 = EllipsoidalArea.authalicQ(latitude: origin.latitude * radians, ellipsoid: ellipsoid)
        return geometry.polygons.map { polygon in
            polygon.rings.enumerated().map { index, ring in
                var points = ring.map { p in
                    Point(x: ellipsoid.a * (p.longitude - origin.longitude) * radians,
                          y: ellipsoid.a * (EllipsoidalArea.authalicQ(latitude: p.latitude * radians, ellipsoid: ellipsoid) - q0) / 2)
                }
                if points.count > 1, points.first!.x == points.last!.x, points.first!.y == points.last!.y { points.removeLast() }
                let counterclockwise = signedArea(points) >= 0
                return (index == 0) == counterclockwise ? points : points.reversed()
            }
        }
    }

    static func signedArea(_ points: [Point]) -> Double {
        var sum = 0.0
        for i in points.indices {
            let p = points[i], q = points[(i + 1) % points.count]
            sum += p.x * q.y - q.x * p.y
        }
        return sum
    }

    /// Twice the area contributed by the pieces of `shape`'s edges that lie inside `other`.
    static func boundaryTerms(of shape: Shape, inside other: Shape, countingSharedEdges: Bool) -> Double {
        let otherEdges = edges(of: other)
        var sum = 0.0
        for (p, q) in edges(of: shape) {
            var cuts: [Double] = [0, 1]
            for (r, s) in otherEdges { cuts += crossings(p, q, r, s) }
            cuts.sort()
            for k in 0..<(cuts.count - 1) where cuts[k + 1] - cuts[k] > 1e-12 {
                let start = point(p, q, cuts[k]), end = point(p, q, cuts[k + 1])
                let middle = Point(x: (start.x + end.x) / 2, y: (start.y + end.y) / 2)
                let counted: Bool
                switch locate(middle, in: other, edges: otherEdges) {
                case .inside: counted = true
                case .outside: counted = false
                case .onEdge(let r, let s):
                    counted = countingSharedEdges && (q.x - p.x) * (s.x - r.x) + (q.y - p.y) * (s.y - r.y) > 0
                }
                if counted { sum += start.x * end.y - end.x * start.y }
            }
        }
        return sum
    }

    static func edges(of shape: Shape) -> [(Point, Point)] {
        shape.flatMap { polygon in
            polygon.flatMap { ring in ring.indices.map { (ring[$0], ring[($0 + 1) % ring.count]) } }
        }
    }

    static func point(_ p: Point, _ q: Point, _ t: Double) -> Point {
        Point(x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t)
    }

    /// Where along pq (as fractions 0…1) the segment rs meets it: one crossing, or the ends of
    /// a shared stretch when they lie on one line.
    static func crossings(_ p: Point, _ q: Point, _ r: Point, _ s: Point) -> [Double] {
        let d = Point(x: q.x - p.x, y: q.y - p.y), e = Point(x: s.x - r.x, y: s.y - r.y)
        let denominator = d.x * e.y - d.y * e.x
        let w = Point(x: r.x - p.x, y: r.y - p.y)
        let lengthSquared = d.x * d.x + d.y * d.y
        guard lengthSquared > 0 else { return [] }
        if abs(denominator) <= 1e-12 * lengthSquared.squareRoot() * (e.x * e.x + e.y * e.y).squareRoot() {
            // Parallel: only a stretch on the same line matters.
            let offset = abs(w.x * d.y - w.y * d.x) / lengthSquared.squareRoot()
            guard offset <= onEdge else { return [] }
            return [r, s].map { ($0.x - p.x) * d.x / lengthSquared + ($0.y - p.y) * d.y / lengthSquared }
                .filter { $0 > 0 && $0 < 1 }
        }
        let t = (w.x * e.y - w.y * e.x) / denominator
        let u = (w.x * d.y - w.y * d.x) / denominator
        guard t > 0, t < 1, u >= -1e-12, u <= 1 + 1e-12 else { return [] }
        return [t]
    }

    enum Location { case inside, outside, onEdge(Point, Point) }

    static func locate(_ m: Point, in shape: Shape, edges: [(Point, Point)]) -> Location {
        for (r, s) in edges where distance(m, r, s) <= onEdge { return .onEdge(r, s) }
        for polygon in shape {
            var inside = false
            for ring in polygon {
                for i in ring.indices {
                    let a = ring[i], b = ring[(i + 1) % ring.count]
                    if (a.y > m.y) != (b.y > m.y), m.x < a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y) { inside.toggle() }
                }
            }
            if inside { return .inside }
        }
        return .outside
    }

    static func distance(_ m: Point, _ r: Point, _ s: Point) -> Double {
        let dx = s.x - r.x, dy = s.y - r.y
        let lengthSquared = dx * dx + dy * dy
        let t = lengthSquared > 0 ? min(1, max(0, ((m.x - r.x) * dx + (m.y - r.y) * dy) / lengthSquared)) : 0
        let x = r.x + t * dx - m.x, y = r.y + t * dy - m.y
        return (x * x + y * y).squareRoot()
    }
}
