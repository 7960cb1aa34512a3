/// A hole (洞, an interior ring) lies within its polygon's exterior ring (RFC 7946 §3.1.6,
/// OGC simple features): every corner inside or on the exterior, and no edge crossing it.
enum HoleCheck {
    /// One problem per hole that leaves the exterior; `firstRing` is the exterior's number.
    static func problems(of polygon: Polygon, firstRing: Int) -> [GeometryProblem] {
        let exterior = polygon.exterior
        var problems: [GeometryProblem] = []
        for (offset, hole) in polygon.holes.enumerated() {
            let inside = hole.allSatisfy { isInsideOrOn($0, exterior) }
            if !inside || crosses(hole, exterior) {
                problems.append(.holeOutsideExterior(ring: firstRing + 1 + offset))
            }
        }
        return problems
    }

    /// Whether `point` lies inside the closed ring or on its boundary.
    static func isInsideOrOn(_ point: Position, _ ring: Ring) -> Bool {
        var inside = false
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            if RingCheck.cross(a, b, point) == 0,
               min(a.x, b.x) <= point.x, point.x <= max(a.x, b.x), min(a.y, b.y) <= point.y, point.y <= max(a.y, b.y) {
                return true
            }
            if (a.y > point.y) != (b.y > point.y), point.x < a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y) { inside.toggle() }
        }
        return inside
    }

    /// Whether an edge of `hole` properly crosses an edge of `exterior` (touching is allowed).
    static func crosses(_ hole: Ring, _ exterior: Ring) -> Bool {
        for i in 0..<(hole.count - 1) {
            let a = hole[i], b = hole[i + 1]
            for j in 0..<(exterior.count - 1) {
                let p = exterior[j], q = exterior[j + 1]
                let d1 = RingCheck.cross(p, q, a), d2 = RingCheck.cross(p, q, b)
                let d3 = RingCheck.cross(a, b, p), d4 = RingCheck.cross(a, b, q)
                if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
            }
        }
        return false
    }
}
