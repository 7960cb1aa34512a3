/// The shape rules every ring of a parcel obeys (环的检查), in the units of its positions.
enum RingCheck {
    /// The first problem of `ring` (numbered `number` in messages), or nil when it is a valid ring.
    static func problem(of ring: Ring, number: Int) -> GeometryProblem? {
        guard ring.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return .notFinite }
        guard ring.count >= 4 else { return .tooFewPositions(ring: number, count: ring.count) }
        guard ring.first == ring.last else { return .unclosedRing(ring: number) }
        let corners = distinctCorners(ring)
        // Crossing first: a symmetric bow tie also has no net area, and the crossing is its fault.
        if let crossing = firstSelfIntersection(corners) {
            return .selfIntersecting(ring: number, at: crossing)
        }
        guard corners.count >= 3, abs(signedArea(ring)) > 0 else { return .noArea(ring: number) }
        return nil
    }

    /// The corners of a closed ring without the closing position and without repeats of the
    /// same position one after the other (which draw nothing).
    static func distinctCorners(_ ring: Ring) -> [Position] {
        var corners: [Position] = []
        for position in ring.dropLast() where corners.last != position {
            corners.append(position)
        }
        if corners.count > 1, corners.first == corners.last { corners.removeLast() }
        return corners
    }

    /// Twice the signed area by the shoelace formula: positive when the ring runs
    /// counterclockwise.
    static func signedArea(_ ring: Ring) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y
        }
        return sum
    }

    /// Where two edges meet other than at the corner they share, if anywhere. Edges next to each
    /// other may only share their corner: one folding back over the other is an intersection too.
    static func firstSelfIntersection(_ corners: [Position]) -> Position? {
        let n = corners.count
        guard n >= 3 else { return nil }
        func edge(_ i: Int) -> (Position, Position) { (corners[i], corners[(i + 1) % n]) }
        for i in 0..<n {
            let (a, b) = edge(i)
            // The next edge shares corner b: it must not turn straight back along this one.
            let (_, c) = edge((i + 1) % n)
            if cross(a, b, c) == 0, dot(b, a, c) > 0 { return b }
            for j in stride(from: i + 2, to: n, by: 1) where !(i == 0 && j == n - 1) {
                let (p, q) = edge(j)
                if segmentsMeet(a, b, p, q) { return a }
            }
        }
        return nil
    }

    /// The z of (b − a) × (c − a): its sign says on which side of ab the point c lies.
    static func cross(_ a: Position, _ b: Position, _ c: Position) -> Double {
        (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    }

    /// (a − o) · (c − o): positive when a and c lie on the same side of o along a line.
    private static func dot(_ o: Position, _ a: Position, _ c: Position) -> Double {
        (a.x - o.x) * (c.x - o.x) + (a.y - o.y) * (c.y - o.y)
    }

    /// Whether the closed segments ab and pq have a point in common.
    static func segmentsMeet(_ a: Position, _ b: Position, _ p: Position, _ q: Position) -> Bool {
        let d1 = cross(p, q, a), d2 = cross(p, q, b), d3 = cross(a, b, p), d4 = cross(a, b, q)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
            return true
        }
        func onSegment(_ s: Position, _ e: Position, _ r: Position) -> Bool {
            min(s.x, e.x) <= r.x && r.x <= max(s.x, e.x) && min(s.y, e.y) <= r.y && r.y <= max(s.y, e.y)
        }
        return (d1 == 0 && onSegment(p, q, a)) || (d2 == 0 && onSegment(p, q, b))
            || (d3 == 0 && onSegment(a, b, p)) || (d4 == 0 && onSegment(a, b, q))
    }
}
