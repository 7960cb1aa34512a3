/// The checks a parcel's geometry passes before it is stored (图形检查), in longitude-latitude:
/// every ring well formed, every hole inside its exterior, every position in China and, when
/// known, in the county's extent. A parcel that crosses the edge of the county's extent is
/// refused like one wholly outside: the extent is a box already larger than the county, so a
/// corner beyond it is beyond the county, whose register holds only its own land.
public enum GeometryValidation {
    /// Every problem of `geometry`, in the order of its rings; empty when it is valid.
    public static func problems(of geometry: ParcelGeometry, countyExtent: GeoExtent? = nil) -> [GeometryProblem] {
        var problems: [GeometryProblem] = []
        var ringNumber = 0
        for polygon in geometry.polygons {
            let exteriorNumber = ringNumber + 1
            var ringsValid = true
            for ring in polygon.rings {
                ringNumber += 1
                if let problem = RingCheck.problem(of: ring, number: ringNumber) {
                    problems.append(problem)
                    ringsValid = false
                }
            }
            if ringsValid { problems += HoleCheck.problems(of: polygon, firstRing: exteriorNumber) }
        }
        if geometry.polygons.isEmpty || geometry.polygons.contains(where: { $0.rings.isEmpty }) {
            problems.append(.tooFewPositions(ring: ringNumber + 1, count: 0))
        }
        // One message per kind of place problem is enough: a whole parcel outside is one mistake.
        let positions = geometry.allPositions.filter { $0.x.isFinite && $0.y.isFinite }
        if let outside = positions.first(where: { !GeoExtent.china.contains($0) }) {
            let swapped = positions.map { Position(x: $0.y, y: $0.x) }
            let looksSwapped = swapped.allSatisfy { GeoExtent.china.contains($0) && countyExtent?.contains($0) != false }
            problems.append(looksSwapped ? .axesSwapped(outside) : .outsideChina(outside))
        } else if let county = countyExtent, let outside = positions.first(where: { !county.contains($0) }) {
            problems.append(.outsideCounty(outside, county))
        }
        return problems
    }
}
