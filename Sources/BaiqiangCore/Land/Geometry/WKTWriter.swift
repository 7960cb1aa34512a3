/// Writes a parcel's geometry as well-known text (WKT), the form a spreadsheet column carries and
/// `WKTReader` reads back: exterior rings counterclockwise and holes clockwise, as the GeoJSON
/// export writes them, with the same coordinate precision.
public enum WKTWriter {
    public static func text(_ geometry: ParcelGeometry) -> String {
        var out = ""
        switch geometry {
        case .polygon(let polygon):
            out += "POLYGON "
            write(polygon, into: &out)
        case .multiPolygon(let polygons):
            out += "MULTIPOLYGON ("
            for (index, polygon) in polygons.enumerated() {
                if index > 0 { out += ", " }
                write(polygon, into: &out)
            }
            out += ")"
        }
        return out
    }

    private static func write(_ polygon: Polygon, into out: inout String) {
        out += "("
        for (index, ring) in polygon.rings.enumerated() {
            if index > 0 { out += ", " }
            out += "("
            for (p, position) in GeoJSONWriter.wound(ring, exterior: index == 0).enumerated() {
                if p > 0 { out += ", " }
                out += GeoJSONWriter.number(GeoJSONWriter.rounded(position.x)) + " " + GeoJSONWriter.number(GeoJSONWriter.rounded(position.y))
            }
            out += ")"
        }
        out += ")"
    }
}
