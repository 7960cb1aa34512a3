extension ParcelFeatureCollection {
    /// The collection unchanged when every feature's geometry passes `GeometryValidation`, else
    /// an error naming each broken feature (1-based), the field `geometry` and the reason.
    public func validated(countyExtent: GeoExtent? = nil) throws(GeoJSONError) -> ParcelFeatureCollection {
        var issues: [LocatedIssue] = []
        for (offset, feature) in features.enumerated() {
            for problem in GeometryValidation.problems(of: feature.geometry, countyExtent: countyExtent) {
                issues.append(LocatedIssue(row: offset + 1, column: "geometry", reason: problem.text))
            }
        }
        guard issues.isEmpty else { throw GeoJSONError(issues: issues) }
        return self
    }
}
