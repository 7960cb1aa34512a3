import Foundation

/// A parcel's outline as SVG path data in a viewport, simplified for the scale it is drawn at:
/// points closer than `tolerance` units to the line through their neighbours are dropped
/// (Douglas–Peucker), and a ring that collapses at this scale is drawn as a one-unit square, so a
/// town of ten thousand parcels seen whole stays light and zooming in brings the detail back.
public enum MapPath {
    public typealias Point = (x: Double, y: Double)

    public static func data(_ geometry: ParcelGeometry, in viewport: MapViewport, tolerance: Double = 0.5) -> String {
        var out = ""
        for polygon in geometry.polygons {
            for ring in polygon.rings {
                let points = simplifyRing(ring.map(viewport.point), tolerance: tolerance)
                guard points.count >= 4 else {
                    if let p = ring.first.map(viewport.point) { out += "M\(format(p.x)) \(format(p.y))h1v1h-1Z" }
                    continue
                }
                out += relative(points.dropLast().map { (tenths($0.x), tenths($0.y)) })
            }
        }
        return out
    }

    /// A ring as one absolute move and then relative steps in tenths of a unit: the steps
    /// between neighbours of a parcel are short numbers, about half the bytes of absolute ones.
    /// Steps are taken between the rounded points, so rounding never accumulates.
    static func relative(_ points: [(Int, Int)]) -> String {
        var previous = points[0], first = true
        var out = "M" + tenthsText(previous.0) + " " + tenthsText(previous.1) + "l"
        for point in points.dropFirst() {
            for (index, step) in [point.0 - previous.0, point.1 - previous.1].enumerated() {
                let text = tenthsText(step)
                if !(first && index == 0) && !text.hasPrefix("-") { out += " " }
                out += text
            }
            first = false
            previous = point
        }
        return out + "Z"
    }

    static func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }

    /// Tenths as the shortest decimal: 15 → "1.5", -2 → "-.2", 30 → "3".
    static func tenthsText(_ value: Int) -> String {
        let sign = value < 0 ? "-" : "", magnitude = abs(value)
        let whole = magnitude / 10, fraction = magnitude % 10
        if fraction == 0 { return sign + String(whole) }
        return sign + (whole == 0 ? "" : String(whole)) + "." + String(fraction)
    }

    /// A closed ring (first point repeated last) simplified; fewer than four points when it
    /// collapses at this tolerance.
    public static func simplifyRing(_ ring: [Point], tolerance: Double) -> [Point] {
        guard ring.count >= 4, let first = ring.first else { return ring }
        // Split at the point farthest from the first: each half is an open line with fixed ends.
        var farthest = 0, distance = 0.0
        for (index, p) in ring.enumerated() {
            let d = hypot(p.x - first.x, p.y - first.y)
            if d > distance { distance = d; farthest = index }
        }
        guard distance > tolerance else { return [first] }
        let out = simplifyLine(Array(ring[0...farthest]), tolerance: tolerance)
        let back = simplifyLine(Array(ring[farthest...]), tolerance: tolerance)
        return out + back.dropFirst()
    }

    /// Douglas–Peucker on an open line; both ends are kept.
    public static func simplifyLine(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first, distance = 0.0
            for index in (first + 1)..<last {
                let d = perpendicular(points[index], points[first], points[last])
                if d > distance { distance = d; farthest = index }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    static func perpendicular(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = hypot(dx, dy)
        guard length > 0 else { return hypot(p.x - a.x, p.y - a.y) }
        return abs(dy * p.x - dx * p.y + b.x * a.y - b.y * a.x) / length
    }

    /// One decimal, without a trailing ".0": enough below a unit, a third shorter than two.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
