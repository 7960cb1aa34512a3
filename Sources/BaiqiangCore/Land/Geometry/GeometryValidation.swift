/// The checks a parcel's geometry passes before it is stored (图形检查), in longitude-latitude:
/// every ring well formed, every position in China and, when known, in the county.
public enum GeometryValidation {
    /// Every problem of `geometry`, in the order of its rings; empty when it is valid.
    public static func problems(of geometry: ParcelGeometry, countyExtent: GeoExtent? = nil) -> [GeometryProblem] {
        var problems: [GeometryProblem] = []
        var ringNumber = 0
        for polygon in geometry.polygons {
            for ring in polygon.rings {
                ringNumber += 1
                if let problem = RingCheck.problem(of: ring, number: ringNumber) { problems.append(problem) }
            }
        }
        if geometry.polygons.isEmpty || geometry.polygons.contains(where: { $0.rings.isEmpty }) {
            problems.append(.tooFewPositions(ring: ringNumber + 1, count: 0))
        }
        // One message per kind of place problem is enough: a whole parcel outside is one mistake.
        let positions = geometry.allPositions.filter { $0.x.isFinite && $0.y.isFinite }
        if let outside = positions.first(where: { !GeoExtent.china.contains($0) }) {
            problems.append(.outsideChina(outside))
        } else if let county = countyExtent, let outside = positions.first(where: { !county.contains($0) }) {
            problems.append(.outsideCounty(outside, county))
        }
        return problems
    }
}
